/**
 * The interface's translations: i18next with react-i18next, messages in ICU
 * MessageFormat through i18next-icu (which formats them with FormatJS's
 * intl-messageformat). Chosen over react-intl because i18next also serves the
 * code outside React (live-region sentences, notices, the document title)
 * through one instance, and ICU gives real plural and select rules per
 * language ("1 event", "2 события", "5 событий") with no hand-written rules.
 *
 * English is bundled but for the messages only a problem needs, fetched when
 * one may be shown (`loadLaterMessages`); the other languages are fetched from
 * this site when first needed (one small JSON chunk each), so an English page
 * pays nothing for them.
 */

import first from "virtual:en-messages/first";
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LANGUAGE, LANG_ATTRIBUTES, type Language, LOCALE_TAGS } from "./languages";
import type en from "./locales/en.json";
import { icuForPlainMessages } from "./plainMessages";
import { loadScriptFont } from "./scriptFont";

export type Messages = typeof en;

const loaders = import.meta.glob<{ default: Messages }>(["./locales/*.json", "!./locales/en.json"]);

export const i18n: I18n = i18next.createInstance();

i18n
  .use(icuForPlainMessages())
  .use(initReactI18next)
  .init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ["en", "ja", "ru", "zh"],
    resources: { en: { translation: first } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

/** Fetch a language's messages once; English is always there. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, "translation")) return;
  const loader = loaders[`./locales/${language}.json`];
  if (!loader) throw new Error(`no messages for ${language}`);
  const messages = await loader();
  i18n.addResourceBundle(language, "translation", messages.default, true, true);
}

let later: Promise<void> | null = null;

/** Whether English's messages for problems are in (always, in unit tests: laterMessagesPlugin.ts). */
export function laterMessagesIn(): boolean {
  return i18n.exists("urlProblem.key", { lng: DEFAULT_LANGUAGE });
}

/**
 * English's messages for problems (a dataset's, a link's): fetched once, before a problem is
 * worded. A failure is not kept: the next call tries again.
 */
export function loadLaterMessages(): Promise<void> {
  if (laterMessagesIn()) return Promise.resolve();
  later ??= import("virtual:en-messages/later").then(
    (messages) => {
      i18n.addResourceBundle(DEFAULT_LANGUAGE, "translation", messages.default, true, true);
    },
    (error: unknown) => {
      later = null;
      throw error;
    },
  );
  return later;
}

/** Runs `show` once English's messages for problems are in: at once if they are (or cannot come). */
export function withLaterMessages(show: () => void): void {
  if (laterMessagesIn()) show();
  else loadLaterMessages().then(show, show);
}

/** The language the interface is shown in now. */
export function currentLanguage(): Language {
  return (i18n.language as Language) ?? DEFAULT_LANGUAGE;
}

/** The language asked for last: a slower load asked for before it must not overtake it. */
let latestAsked: Language | null = null;

/** Load a language's messages, then show it; `<html lang>` follows. The last call wins. */
export async function showLanguage(
  language: Language,
  doc: Document | undefined = globalThis.document,
): Promise<void> {
  latestAsked = language;
  await loadLanguage(language);
  if (latestAsked !== language) return;
  await i18n.changeLanguage(language);
  if (doc) {
    doc.documentElement.lang = LANG_ATTRIBUTES[language];
    loadScriptFont(language);
  }
}

/** The `Intl` locale of the shown language. */
export function currentLocale(): string {
  return LOCALE_TAGS[currentLanguage()];
}

export const t = i18n.t.bind(i18n);
