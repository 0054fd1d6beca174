/**
 * In a one-file copy there is no site to link to: Share gives the copy's own
 * deep link (`…/copy.html#event=<id>`), which opens the event wherever that file is.
 */
import type { DatasetSource } from "../store/datasetSlice";
import { DEFAULT_URL_STATE, encodeUrl } from "./codec";

export function shareLink(
  eventId: string,
  _source: DatasetSource,
  _base: string,
  _origin: string,
  here: string = window.location.href,
): string {
  const fragment = encodeUrl({ ...DEFAULT_URL_STATE, event: eventId }).replace(/^\?/, "");
  return `${here.split("#")[0]}#${fragment}`;
}
