/**
 * Parts of the app that load on demand (the editor, the import dialog, the
 * Save menu's tools) can fail to arrive: offline before the service worker
 * kept them, or a new version replaced them on the server. The reader gets a
 * sentence that says which part and what to do, not the browser's
 * "Failed to fetch dynamically imported module".
 */
export function partFailedMessage(part: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${part} could not be loaded (${reason}). Check your connection, then try again or reload the page.`;
}

/**
 * `load`, run once and shared; a failure is not kept, so the next call tries
 * again, and its error carries `partFailedMessage`.
 */
export function onDemand<T>(part: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw new Error(partFailedMessage(part, error));
    });
    return loading;
  };
}
