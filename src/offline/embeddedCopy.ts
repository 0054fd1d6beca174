/**
 * What a one-file copy carries besides the app: the dataset and the view it
 * was saved with, as JSON in `<script type="application/json" id="offline-copy">`
 * (filled in by offlineCopy.ts, read by the copy's `.single` modules).
 */

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
    return {
      dataset: value.dataset,
      view: typeof value.view === "string" && value.view.startsWith("?") ? value.view : "",
      savedAt: typeof value.savedAt === "string" ? value.savedAt : "",
      shipped: value.shipped === true,
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
