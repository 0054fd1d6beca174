/**
 * Cuts the language switch's own faces (src/i18n/languageNameFonts.ts): the
 * characters of the languages' own names beyond Latin (日本語, Русский, 中文),
 * from the installed Noto Sans, JP and SC, into src/i18n/fonts/ (woff2, about
 * 1 KB each, in weights 400 and 600) and src/i18n/languageNames.css. Run with `npm run switch-font`
 * after changing LANGUAGE_NAMES; a unit test fails until then.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import {
  languageNameFaces,
  languageNamesCss,
  NAME_WEIGHTS,
  nameFontFile,
} from "../src/i18n/languageNameFonts";
import type { Language } from "../src/i18n/languages";

const require = createRequire(import.meta.url);

/** The Noto Sans file holding a language's script, in a weight. */
const SOURCES: Partial<Record<Language, (weight: number) => string>> = {
  ja: (weight) => `@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-${weight}-normal.woff2`,
  ru: (weight) => `@fontsource/noto-sans/files/noto-sans-cyrillic-${weight}-normal.woff2`,
  zh: (weight) =>
    `@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`,
};

const faces = languageNameFaces();
rmSync("src/i18n/fonts", { recursive: true, force: true });
mkdirSync("src/i18n/fonts");
for (const face of faces) {
  const source = SOURCES[face.lang];
  if (!source) throw new Error(`no source font for ${face.lang}: add its Noto Sans to SOURCES`);
  for (const weight of NAME_WEIGHTS) {
    const font = readFileSync(require.resolve(source(weight)));
    const subset = await subsetFont(font, face.characters.join(""), { targetFormat: "woff2" });
    const out = `src/i18n/fonts/${nameFontFile(face, weight)}`;
    writeFileSync(out, subset);
    console.log(`${out}: ${face.characters.join("")}, ${subset.length} bytes`);
  }
}
writeFileSync("src/i18n/languageNames.css", languageNamesCss(faces));
console.log("src/i18n/languageNames.css");
