/**
 * The Noto Sans JP and SC faces a one-file copy carries, as @font-face rules
 * with data: URLs in `<style id="offline-fonts">`: written by offlineCopy.ts,
 * read back by the copy's map (src/map/cjkFonts.single.ts), so each file is
 * in the copy once, for its text and its map's labels both.
 */
import type { CjkFamily } from "../map/labelFamily";
import type { LabelFontFace } from "../map/style";

export type { CjkFamily };

/**
 * Each family's CSS name, the page's own: `--font` names Noto Sans JP, and `:lang(zh)` Noto Sans SC
 * (scriptFonts.css), so a Chinese copy's interface draws from the SC faces it carries for its
 * messages (offlineCopy.ts), as the site does, and not from the system's fonts.
 */
export const EMBEDDED_FAMILIES: Record<CjkFamily, string> = {
  jp: "Noto Sans JP",
  sc: "Noto Sans SC",
};

export interface EmbeddedFace {
  family: CjkFamily;
  /** A `data:font/woff2;base64,…` URL. */
  url: string;
  /** As in a stylesheet: `U+6771,U+4e00-4e0f`. */
  unicodeRange: string;
}

export function fontFaceRule({ family, url, unicodeRange }: EmbeddedFace): string {
  return `@font-face{font-family:"${EMBEDDED_FAMILIES[family]}";font-style:normal;font-weight:400;font-display:swap;src:url(${url}) format("woff2");unicode-range:${unicodeRange}}`;
}

/** The faces of rules `fontFaceRule` wrote; others (another family, no URL or range) are skipped. */
export function readFontFaceRules(css: string): EmbeddedFace[] {
  const families = new Map(
    Object.entries(EMBEDDED_FAMILIES).map(([key, name]) => [name, key as CjkFamily]),
  );
  const faces: EmbeddedFace[] = [];
  for (const [, body = ""] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const family = families.get(/font-family:\s*"([^"]+)"/.exec(body)?.[1] ?? "");
    const url = /src:\s*url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+)/.exec(body)?.[1]?.trim();
    if (family && url && unicodeRange) faces.push({ family, url, unicodeRange });
  }
  return faces;
}

/** Faces in the order the map tries them: `first`'s family (`labelFamily`), then the other. */
export function inFamilyOrder<F extends { family: CjkFamily }>(
  faces: readonly F[],
  first: CjkFamily,
): F[] {
  const order: CjkFamily[] = first === "sc" ? ["sc", "jp"] : ["jp", "sc"];
  return order.flatMap((family) => faces.filter((face) => face.family === family));
}

/** The copy's faces as the map's `font-faces` entries, `first`'s family first. */
export function labelFacesOf(faces: readonly EmbeddedFace[], first: CjkFamily): LabelFontFace[] {
  return inFamilyOrder(faces, first).map((face) => ({
    url: face.url,
    "unicode-range": face.unicodeRange.split(",").map((range) => range.trim()),
  }));
}
