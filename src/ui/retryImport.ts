/**
 * A dynamic import that failed stays failed for that URL: Chromium 150 keeps
 * the failure in the page's module map, so importing the same chunk again
 * (Edit pressed again once the connection is back) fails at once without a
 * request. Asking for the chunk under a new URL (`?retry=N`) fetches it again.
 * The URL is the one the browser's error names (Chromium and Firefox name it;
 * Safari does not, and there the notice's advice to reload stands).
 */

/** The same-origin module a failed dynamic import names, without its query, or null. */
export function failedModuleUrl(error: unknown, base: string): string | null {
  const message = error instanceof Error ? error.message : "";
  const named = /dynamically imported module:?\s+(\S+)\s*$/i.exec(message)?.[1];
  if (!named) return null;
  try {
    const url = new URL(named, base);
    if (url.origin !== new URL(base).origin) return null;
    url.search = "";
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

/** The module at `url` under the new name of the `attempt`th retry. */
export function retryUrl(url: string, attempt: number): string {
  return `${url}?retry=${attempt}`;
}

export function importAgain(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}
