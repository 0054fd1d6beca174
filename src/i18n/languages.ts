/** The interface languages, each named in its own language for the switch. */
export const LANGUAGES = ["en", "ja", "ru", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

/** The language as an address carries it (`lang=`): the default is left out. */
export function langInAddress(lang: Language): Language | null {
  return lang === DEFAULT_LANGUAGE ? null : lang;
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  ja: "日本語",
  ru: "Русский",
  zh: "中文",
};

/**
 * The BCP 47 tag for `<html lang>` and `Intl`: British English writes
 * "21 March 2018"; Chinese is Simplified, as written in mainland China.
 */
export const LOCALE_TAGS: Record<Language, string> = {
  en: "en-GB",
  ja: "ja-JP",
  ru: "ru-RU",
  zh: "zh-CN",
};

/** The `lang` attribute of text in a language (Simplified Chinese is `zh-Hans`). */
export const LANG_ATTRIBUTES: Record<Language, string> = {
  en: "en",
  ja: "ja",
  ru: "ru",
  zh: "zh-Hans",
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages (`navigator.languages`) that we have,
 * by primary subtag ("ru-RU" → ru). Traditional Chinese is not offered as
 * Simplified: "zh-TW" and "zh-Hant" fall through to the next language.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** Ours of a language tag, in any case (`ja-JP`, `RU`, `zh-CN`), or null (`zh-TW`: not ours). */
export function languageOfTag(tag: string): Language | null {
  const lower = tag.toLowerCase();
  const primary = lower.split("-")[0] ?? "";
  if (primary === "zh" && /-(hant|tw|hk|mo)\b/.test(lower)) return null;
  return isLanguage(primary) ? primary : null;
}

/** The browser's preferred language among ours, English when none matches. */
export function browserLanguage(
  nav: Pick<Navigator, "languages" | "language"> | undefined,
): Language {
  if (!nav) return DEFAULT_LANGUAGE;
  const list = nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
  return matchLanguage(list);
}
