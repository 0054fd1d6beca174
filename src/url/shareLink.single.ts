/**
 * In a one-file copy there is no site to link to: Share gives the copy's own
 * deep link (`…/copy.html#event=<id>`), which opens the event wherever that file is.
 * Same parameters as `shareLink.ts`, whose place it takes in the copy's build.
 */
import { type Language, langInAddress } from "../i18n/languages";
import type { DatasetSource } from "../store/datasetSlice";
import { DEFAULT_URL_STATE, encodeUrl } from "./codec";

export function shareLink(
  eventId: string,
  _source: DatasetSource,
  _base: string,
  _origin: string,
  lang: Language = "en",
  here: string = window.location.href,
): string {
  const fragment = encodeUrl({
    ...DEFAULT_URL_STATE,
    event: eventId,
    lang: langInAddress(lang),
  }).replace(/^\?/, "");
  return `${here.split("#")[0]}#${fragment}`;
}
