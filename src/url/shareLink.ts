import { type Language, langInAddress } from "../i18n/languages";
import type { DatasetSource } from "../store/datasetSlice";
import { DEFAULT_URL_STATE, encodeUrl } from "./codec";

/**
 * The link the Share button copies. For the shipped dataset it is the
 * event's static preview page (`share/<id>.html`, with Open Graph tags),
 * which opens the app on the event; for a `?data=` dataset, the app link.
 */
export function shareLink(
  eventId: string,
  source: DatasetSource,
  base: string,
  origin: string,
  lang: Language = "en",
): string {
  const root = new URL(base, origin);
  if (source.kind === "default") {
    const folder = lang === "en" ? "share/" : `share/${lang}/`;
    return new URL(`${folder}${encodeURIComponent(eventId)}.html`, root).href;
  }
  const data = source.kind === "url" ? source.url : null;
  return new URL(
    encodeUrl({ ...DEFAULT_URL_STATE, data, event: eventId, lang: langInAddress(lang) }),
    root,
  ).href;
}
