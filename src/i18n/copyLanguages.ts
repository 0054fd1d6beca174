/**
 * Which languages a one-file copy cannot show on this computer. A copy
 * carries Noto Sans JP / SC faces only for the characters of the language it
 * was saved in (`src/offline/offlineCopy.ts`): switched to the other CJK
 * language, or from English or Russian to either, its text falls to the
 * system's fonts, which are boxes on a machine without CJK fonts (review 40 V4).
 */
import { isLanguage, type Language } from "./languages";

/** Languages whose text needs a CJK face, with characters their text cannot do without. */
export const SCRIPT_SAMPLES: Partial<Record<Language, string>> = {
  // Kana and a kanji.
  ja: "あ語",
  // Simplified forms, which Japanese faces lack.
  zh: "简语",
};

/** The language of a saved view (`?event=…&lang=ja`): English when it names none or an unknown one. */
export function savedLanguage(view: string): Language {
  const lang = new URLSearchParams(view.replace(/^\?/, "")).get("lang") ?? "";
  return isLanguage(lang) ? lang : "en";
}

/** The languages a copy saved in `saved` carries no faces for. */
export function languagesNeedingFonts(saved: Language): Language[] {
  return (Object.keys(SCRIPT_SAMPLES) as Language[]).filter((lang) => lang !== saved);
}

/**
 * Of the languages a copy lacks faces for, those the system cannot draw either: `draws` says
 * whether the system's fonts have every character of a text.
 */
export function undrawnLanguages(saved: Language, draws: (text: string) => boolean): Language[] {
  return languagesNeedingFonts(saved).filter((lang) => !draws(SCRIPT_SAMPLES[lang] ?? ""));
}

/**
 * Whether every character of `text` has a glyph: a character no font has is drawn as the
 * missing-glyph box, the same picture as a code point that is not assigned (U+0378). `picture`
 * draws one character and returns its pixels as a string.
 */
export function drawsEvery(text: string, picture: (character: string) => string): boolean {
  const missing = picture("\u0378");
  return [...text].every((character) => picture(character) !== missing);
}
