import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { LANG_ATTRIBUTES, LANGUAGE_NAMES, LANGUAGES } from "./languages";

/** Each language in its own name; a choice is a history step, like the naming switch. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore(selectLanguage);
  const setLang = useAppStore((state) => state.setLang);
  return (
    <fieldset className="language-switch">
      <legend>{t("language.legend")}</legend>
      {LANGUAGES.map((language) => (
        <label key={language} className="segmented">
          <input
            type="radio"
            name="interface-language"
            value={language}
            checked={lang === language}
            onChange={() => setLang(language)}
          />
          <span lang={LANG_ATTRIBUTES[language]} data-font-exempt="">
            {LANGUAGE_NAMES[language]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
