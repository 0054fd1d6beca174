/**
 * The language switch names each language in its own script (日本語,
 * Русский, 中文) on every page, English pages too, where neither the Noto
 * Sans JP and SC stylesheets nor Noto Sans's Cyrillic subset are otherwise
 * needed. So the switch carries its own tiny faces: only the characters of
 * those names, cut from the bundled Noto Sans, JP and SC by
 * `npm run switch-font` (scripts/build-switch-font.ts) into `src/i18n/fonts/`
 * and `languageNames.css`, in the two weights the switch uses (the chosen
 * language is 600). Chinese forms come from the SC font, Japanese from JP; a
 * machine without CJK fonts draws no boxes, and an English page fetches 3 KB
 * of faces instead of Noto Sans's 7 KB Cyrillic subset.
 */
import { LANG_ATTRIBUTES, LANGUAGE_NAMES, LANGUAGES, type Language } from "./languages";

/** What every page loads Noto Sans for anyway: Latin (and spaces and punctuation). */
const LATIN = /[\u0020-\u024f\u2000-\u206f\s]/u;

/** The weights of the switch's labels: the chosen one is 600. */
export const NAME_WEIGHTS = [400, 600] as const;

/** The characters of `text` beyond Latin, each once, in code point order. */
export function charactersBeyondLatin(text: string): string[] {
  const found = new Set([...text].filter((character) => !LATIN.test(character)));
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

/** One face per language whose own name is not in Latin letters. */
export function languageNameFaces(names: Record<Language, string> = LANGUAGE_NAMES): NameFace[] {
  return LANGUAGES.flatMap((lang) => {
    const characters = charactersBeyondLatin(names[lang]);
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

/** The file the script writes for a face in a weight. */
export function nameFontFile(face: NameFace, weight: number): string {
  return `language-name-${face.lang}-${weight}.woff2`;
}

/** The stylesheet the script writes: each face, and the switch's names of that language using it. */
export function languageNamesCss(faces: readonly NameFace[]): string {
  const header =
    "/* Written by `npm run switch-font` (scripts/build-switch-font.ts): do not edit. */\n";
  const fontFace = (face: NameFace, weight: number) => `@font-face {
  font-family: "${face.family}";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("./fonts/${nameFontFile(face, weight)}?no-inline") format("woff2");
  unicode-range: ${unicodeRangeOf(face.characters)};
}
`;
  return (
    header +
    faces
      .map(
        (face) => `${NAME_WEIGHTS.map((weight) => fontFace(face, weight)).join("\n")}
.language-switch [lang="${face.langAttribute}"] {
  font-family: "${face.family}", var(--font);
}
`,
      )
      .join("\n")
  );
}
