/**
 * Fills the one-file template (`/offline-template.html`) with a copy's data
 * and the Japanese and Chinese font faces its text and map need. Pure: offlineCopy.ts does the fetching.
 */

import { fileNameOf } from "../ui/download";
import {
  COPY_ELEMENT_ID,
  FONTS_ELEMENT_ID,
  type OfflineCopyData,
  scriptSafeJson,
} from "./embeddedCopy";
import { SaveError } from "./saveError";

/** The template's empty slot, written so that this file's own text never contains it whole. */
export const EMPTY_SLOT = [
  "<script",
  ` type="application/json" id="${COPY_ELEMENT_ID}">`,
  "</",
  "script>",
].join("");

export function fillTemplate(template: string, data: OfflineCopyData, fontCss = ""): string {
  const at = template.indexOf(EMPTY_SLOT);
  if (at < 0) throw new SaveError("noSlot");
  const filled = `<script type="application/json" id="${COPY_ELEMENT_ID}">${scriptSafeJson(data)}</${"script"}>`;
  const style = fontCss
    ? `<style id="${FONTS_ELEMENT_ID}">${fontCss.replace(/<\//g, "<\\/")}</style>`
    : "";
  return template.slice(0, at) + filled + style + template.slice(at + EMPTY_SLOT.length);
}

/** A file name from a title: `Japan–Russia relations, 2018` → `japan-russia-relations-2018.html`. */
export function copyFileName(title: string, extension = "html"): string {
  return fileNameOf(title, extension, "timeline");
}
