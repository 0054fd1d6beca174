/**
 * The language switch names each language in its own script (日本語, 中文)
 * on every page, English pages too, where the Noto Sans JP and SC stylesheets
 * are not loaded. A machine without CJK fonts would draw boxes, so the switch
 * carries its own tiny faces: only the characters of those names, cut from
 * the bundled Noto Sans JP and SC by `npm run switch-font`
 * (scripts/build-switch-font.ts) into `src/i18n/fonts/` and
 * `languageNames.css`. Chinese forms come from the SC font, Japanese from JP.
 */
import { LANG_ATTRIBUTES, LANGUAGE_NAMES, LANGUAGES, type Language } from "./languages";

/** What Noto Sans, the page's own font, draws: Latin, its extensions, Greek and Cyrillic. */
const IN_NOTO_SANS = /[\u0020-\u052f\u1e00-\u1fff\u2000-\u206f\s]/u;

/** The characters of `text` that Noto Sans lacks, each once, in code point order. */
export function charactersBeyondNotoSans(text: string): string[] {
  const found = new Set([...text].filter((character) => !IN_NOTO_SANS.test(character)));
  return [...found].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/** A face of the switch: one language's name, drawn from that language's Noto Sans. */
export interface NameFace {
  lang: Language;
  /** The `lang` attribute the switch gives the name. */
  langAttribute: string;
  family: string;
  characters: string[];
}

/** One face per language whose own name Noto Sans cannot draw. */
export function languageNameFaces(names: Record<Language, string> = LANGUAGE_NAMES): NameFace[] {
  return LANGUAGES.flatMap((lang) => {
    const characters = charactersBeyondNotoSans(names[lang]);
    if (characters.length === 0) return [];
    return [
      {
        lang,
        langAttribute: LANG_ATTRIBUTES[lang],
        family: `Language Name ${lang.toUpperCase()}`,
        characters,
      },
    ];
  });
}

/** A CSS `unicode-range` for these characters: `U+65E5, U+672C, U+8A9E`. */
export function unicodeRangeOf(characters: readonly string[]): string {
  return characters
    .map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()}`)
    .join(", ");
}

/** The stylesheet the script writes: each face, and the switch's names of that language using it. */
export function languageNamesCss(faces: readonly NameFace[]): string {
  const header =
    "/* Written by `npm run switch-font` (scripts/build-switch-font.ts): do not edit. */\n";
  return (
    header +
    faces
      .map(
        (face) => `@font-face {
  font-family: "${face.family}";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url("./fonts/language-name-${face.lang}.woff2") format("woff2");
  unicode-range: ${unicodeRangeOf(face.characters)};
}

.language-switch [lang="${face.langAttribute}"] {
  font-family: "${face.family}", var(--font);
}
`,
      )
      .join("\n")
  );
}
