import { type Language, langInAddress } from "../i18n/languages";
import type { SliceCreator } from "./types";

export interface LanguageSlice {
  /** The language chosen by a link or the switch; null follows the browser's languages. */
  lang: Language | null;
  /** The browser's preferred language among ours, read once at start. */
  browserLang: Language;
  setLang: (lang: Language) => void;
}

export const createLanguageSlice: SliceCreator<LanguageSlice> = (set) => ({
  lang: null,
  browserLang: "en",
  setLang: (lang) => set({ lang }),
});

/** The language the app is shown in. */
export const selectLanguage = (state: LanguageSlice): Language => state.lang ?? state.browserLang;

/**
 * The language to write into an address made for other readers (the embed
 * code, the one-file copy): the one shown, so they read what the author saw;
 * English, the default, is left out.
 */
export const selectLanguageToKeep = (state: LanguageSlice): Language | null =>
  langInAddress(selectLanguage(state));
