import type { AppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { currentLanguage, showLanguage } from "./i18n";
import { LANGUAGE_NAMES, type Language } from "./languages";

/**
 * The store's language drives i18next: a new one is fetched, then shown
 * (`<html lang>` follows). If switches overtake each other, the last wins.
 */
export function bindLanguage(store: AppStore, show = showLanguage): () => void {
  let wanted: Language = selectLanguage(store.getState());
  const apply = (lang: Language) => {
    wanted = lang;
    show(lang).catch(() => {
      if (wanted !== lang) return;
      // The language still on show when this one failed; a later switch re-words the notice. The
      // switch and the address go back to it: they said the other while the page stayed in this
      // one (review 27 F4), and a browser does not fetch a failed module again until a reload.
      const shown = currentLanguage();
      const current = LANGUAGE_NAMES[shown];
      store.getState().setLang(shown);
      store.getState().notify({
        id: "language",
        kind: "warning",
        text: (t) => t("notices.language", { language: LANGUAGE_NAMES[lang], current }),
      });
    });
  };
  return store.subscribe(selectLanguage, apply);
}
