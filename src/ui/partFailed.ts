import type { Translate } from "../data/issueText";
import { t } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import { failedModuleUrl, importAgain, retryUrl } from "./retryImport";

/** A part that loads on demand, named by its message key under `parts.` in the locales. */
export type PartName =
  | "search"
  | "editor"
  | "offlineCopy"
  | "picture"
  | "dialog"
  | "print"
  | "save"
  | "download"
  | "story"
  | "problems"
  | "progress"
  | "media"
  | "undated"
  | "places"
  | "noMatch"
  | "tooltip"
  | "eventList";

/**
 * Parts of the app that load on demand (the editor, search, the Save menu's
 * tools) can fail to arrive: offline before the service worker kept them, or a
 * new version replaced them on the server. The reader gets a sentence, in the
 * interface's language, that says which part and what to do, not the
 * browser's "Failed to fetch dynamically imported module".
 */
export function partFailedMessage(
  part: PartName,
  error: unknown,
  translate: Translate = t,
): string {
  const reason = error instanceof Error ? error.message : String(error);
  return translate("parts.failed", { part: translate(`parts.${part}`), reason });
}

/** A part's failure: its message in the language of the moment; a notice re-words it. */
class PartFailed extends Error {
  constructor(
    readonly part: PartName,
    cause: unknown,
  ) {
    super(partFailedMessage(part, cause), { cause });
  }
}

/**
 * `load`, run once and shared; a failure is not kept, so the next call tries
 * again, and its error carries `partFailedMessage`.
 */
export function onDemand<M>(part: PartName, load: () => Promise<M>): () => Promise<M>;
/** With `use`, what is made of the module (`use` runs once, on the first load that arrives). */
export function onDemand<M, T>(
  part: PartName,
  load: () => Promise<M>,
  use: (module: M) => T | Promise<T>,
  importModule?: (url: string) => Promise<unknown>,
): () => Promise<T>;
export function onDemand<M, T>(
  part: PartName,
  load: () => Promise<M>,
  use: (module: M) => T | Promise<T> = (module) => module as unknown as T,
  importModule: (url: string) => Promise<unknown> = importAgain,
): () => Promise<T> {
  let loading: Promise<T> | null = null;
  // The chunk a failed import named: the next try asks for it under a new URL (retryImport.ts).
  let failed: string | null = null;
  let retries = 0;
  const start = () => (failed ? (importModule(retryUrl(failed, ++retries)) as Promise<M>) : load());
  return () => {
    loading ??= start()
      .then(use)
      .catch((error: unknown) => {
        loading = null;
        const page = globalThis.location?.href;
        failed = (page && failedModuleUrl(error, page)) || failed;
        throw new PartFailed(part, error);
      });
    return loading;
  };
}

/**
 * Says a part's failure in an error notice, in the language on show (a part's from `onDemand`
 * re-words itself on a switch); `id` keeps one notice per part.
 */
export function notifyFailed(id: string): (error: unknown) => void {
  return (error) =>
    appStore.getState().notify({
      id,
      kind: "error",
      text:
        error instanceof PartFailed
          ? (translate) => partFailedMessage(error.part, error.cause, translate)
          : error instanceof Error
            ? error.message
            : String(error),
    });
}
