/**
 * Cuts the language switch's own faces (src/i18n/languageNameFonts.ts): the
 * characters of the languages' own names that Noto Sans lacks (日本語, 中文),
 * from the installed Noto Sans JP and SC, into src/i18n/fonts/ (woff2, a few
 * KB each) and src/i18n/languageNames.css. Run with `npm run switch-font`
 * after changing LANGUAGE_NAMES; a unit test fails until then.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { languageNameFaces, languageNamesCss } from "../src/i18n/languageNameFonts";
import type { Language } from "../src/i18n/languages";

const require = createRequire(import.meta.url);

/** The Noto Sans file holding a language's script, at the switch's weight. */
const SOURCES: Partial<Record<Language, string>> = {
  ja: "@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2",
  zh: "@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2",
};

const faces = languageNameFaces();
for (const face of faces) {
  const source = SOURCES[face.lang];
  if (!source) throw new Error(`no source font for ${face.lang}: add its Noto Sans to SOURCES`);
  const subset = await subsetFont(readFileSync(require.resolve(source)), face.characters.join(""), {
    targetFormat: "woff2",
  });
  const out = `src/i18n/fonts/language-name-${face.lang}.woff2`;
  writeFileSync(out, subset);
  console.log(`${out}: ${face.characters.join("")}, ${subset.length} bytes`);
}
writeFileSync("src/i18n/languageNames.css", languageNamesCss(faces));
console.log("src/i18n/languageNames.css");
