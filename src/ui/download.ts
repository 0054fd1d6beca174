/**
 * Files the page makes and the browser saves (a dataset, a draft, an offline
 * copy, a picture): no request leaves the page.
 */
import { slugify } from "../data/slug";

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download (a large copy can take a while to hand over).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A file name from a title: "Japan–Russia relations, 2018" → "japan-russia-relations-2018.json". */
export function fileNameOf(title: string, extension: string, fallback = "dataset"): string {
  return `${slugify(title, 60) || fallback}.${extension}`;
}
