/**
 * The label fonts: the same Noto Sans woff2 files the page itself uses
 * (@fontsource/noto-sans), emitted by Vite on the app's own origin, so the
 * map's labels need no glyph server and share the browser's cache with the page.
 */
import cyrillic400 from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import cyrillic600 from "@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url";
import latin400 from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latin600 from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import latinExt400 from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import latinExt600 from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";
import vietnamese400 from "@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url";
import vietnamese600 from "@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url";
import type { FontFiles } from "./style";

/** Font file URLs (root-relative as Vite emits them) by subset and weight. */
export const FONT_FILES: FontFiles = {
  400: {
    latin: latin400,
    "latin-ext": latinExt400,
    cyrillic: cyrillic400,
    vietnamese: vietnamese400,
  },
  600: {
    latin: latin600,
    "latin-ext": latinExt600,
    cyrillic: cyrillic600,
    vietnamese: vietnamese600,
  },
};

/** The same, as absolute URLs on the page's origin (MapLibre fetches them). */
export function absoluteFontFiles(base: string = window.location.href): FontFiles {
  const absolute = (files: FontFiles[400]) =>
    Object.fromEntries(
      Object.entries(files).map(([subset, url]) => [subset, new URL(url, base).href]),
    ) as FontFiles[400];
  return { 400: absolute(FONT_FILES[400]), 600: absolute(FONT_FILES[600]) };
}
