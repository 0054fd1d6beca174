import { slugify } from "./draft";

/** Save text as a file the browser downloads. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has been handed to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Japan–Russia relations, 2018" → "japan-russia-relations-2018.json". */
export function fileNameOf(title: string, extension: string): string {
  return `${slugify(title, "dataset")}.${extension}`;
}
