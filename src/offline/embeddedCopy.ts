/**
 * What a one-file copy carries besides the app: the dataset and the view it
 * was saved with, as JSON in `<script type="application/json" id="offline-copy">`
 * (filled in by offlineCopy.ts, read by the copy's `.single` modules).
 */

import type { DatasetSource } from "../store/datasetSlice";

export const COPY_ELEMENT_ID = "offline-copy";
export const BASEMAP_ELEMENT_ID = "offline-basemap";
/** The `<style>` with the copy's Japanese and Chinese faces (see embeddedFonts.ts). */
export const FONTS_ELEMENT_ID = "offline-fonts";

export interface OfflineCopyData {
  /** The dataset, as the site had it in memory (checked again when the copy opens). */
  dataset: unknown;
  /** The view as the site's query string (`?event=…`), or empty. */
  view: string;
  /** When the copy was saved (ISO 8601). */
  savedAt: string;
  /**
   * Saved from the site's own story (not a draft, a file or another site's data): only such a
   * copy's quotes carry the check the build ran (`build.single.ts`).
   */
  shipped: boolean;
  /**
   * Where the data was on show when the copy was saved, if not the site's own story: the copy's
   * banner names it (`describeOrigin`), since in the copy that data is "the app's own". Copies
   * made before this field existed have none and open as they did (no banner).
   */
  savedFrom?: SavedFrom;
}

/**
 * A copy's source in the site's words, kept so it can be named away from the site: a `?data=`
 * address absolute (the copy's own address is a file), with the site that opened it.
 */
export type SavedFrom =
  /** `site` is empty for a copy saved before `savedFrom` was (`oldCopySource`). */
  | { kind: "url"; url: string; site: string }
  | { kind: "file"; name: string; pasted?: true }
  | { kind: "draft" };

/** What a copy records of the source on show at `pageHref`; nothing for the site's own story. */
export function savedFromOf(source: DatasetSource, pageHref: string): SavedFrom | undefined {
  switch (source.kind) {
    case "default":
      return undefined;
    case "url": {
      const page = new URL(pageHref);
      return { kind: "url", url: new URL(source.url, page).href, site: page.origin };
    }
    case "file":
      return source.pasted
        ? { kind: "file", name: source.name, pasted: true }
        : { kind: "file", name: source.name };
    case "draft":
      return { kind: "draft" };
  }
}

/**
 * A saved view without `data=`: the copy shows the dataset it carries, and a file cannot fetch
 * one. Copies saved before `savedFrom` kept it in their view, and opened on "Ignored the link's
 * dataset" (this site's data) or on nothing at all (another site's, which the copy's policy
 * refuses to fetch).
 */
function withoutDataAddress(view: string): { view: string; data: string | null } {
  const params = new URLSearchParams(view);
  const data = params.get("data");
  if (data === null) return { view, data };
  params.delete("data");
  const rest = params.toString();
  return { view: rest ? `?${rest}` : "", data };
}

/**
 * Where an old copy's data came from, read from its view's `data=`: an address on another site
 * whole, or one on the site that saved it (relative: the site is not known, `site` empty).
 */
function oldCopySource(data: string): SavedFrom {
  try {
    return { kind: "url", url: new URL(data).href, site: "" };
  } catch {
    return { kind: "url", url: data, site: "" };
  }
}

/** A `savedFrom` read back from a copy's JSON: anything malformed counts as none, as in old copies. */
function readSavedFrom(value: unknown): SavedFrom | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const from = value as Record<string, unknown>;
  if (from.kind === "url" && typeof from.url === "string" && typeof from.site === "string")
    return { kind: "url", url: from.url, site: from.site };
  if (from.kind === "file" && typeof from.name === "string")
    return from.pasted === true
      ? { kind: "file", name: from.name, pasted: true }
      : { kind: "file", name: from.name };
  if (from.kind === "draft") return { kind: "draft" };
  return undefined;
}

/** JSON text safe inside a `<script>` element: no `</script>` or `<!--` can end or open anything. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The copy's data from a page's JSON, or null (a page that is not a filled-in copy). */
export function parseOfflineCopy(text: string | null | undefined): OfflineCopyData | null {
  if (!text || text.trim().length === 0) return null;
  try {
    const value = JSON.parse(text) as Partial<OfflineCopyData> | null;
    if (typeof value?.dataset !== "object" || value.dataset === null) return null;
    const saved = typeof value.view === "string" && value.view.startsWith("?") ? value.view : "";
    const { view, data } = withoutDataAddress(saved);
    const savedFrom =
      readSavedFrom(value.savedFrom) ?? (data === null ? undefined : oldCopySource(data));
    return {
      dataset: value.dataset,
      view,
      savedAt: typeof value.savedAt === "string" ? value.savedAt : "",
      shipped: value.shipped === true,
      ...(savedFrom && { savedFrom }),
    };
  } catch {
    return null;
  }
}

let cached: OfflineCopyData | null | undefined;

/** This page's copy data (read once). */
export function readOfflineCopy(doc: Document = document): OfflineCopyData | null {
  if (cached === undefined) {
    cached = parseOfflineCopy(doc.getElementById(COPY_ELEMENT_ID)?.textContent);
  }
  return cached;
}
