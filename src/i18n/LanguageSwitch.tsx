import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { SegmentedChoice } from "../ui/SegmentedChoice";
import { LANG_ATTRIBUTES, LANGUAGE_NAMES, LANGUAGES } from "./languages";
import { UNDRAWN_LANGUAGES } from "./undrawnLanguages";
// The names' own faces (日本語, 中文), a few KB: no machine draws them as boxes.
import "./languageNames.css";

/**
 * Each language in its own name; a choice is a history step, like the naming switch. In a
 * one-file copy, a language it has no font for here is marked, and says why (review 40 V4).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore(selectLanguage);
  const setLang = useAppStore((state) => state.setLang);
  const choices = LANGUAGES.map((language) => ({
    value: language,
    label: LANGUAGE_NAMES[language],
    lang: LANG_ATTRIBUTES[language],
    caveat: UNDRAWN_LANGUAGES.includes(language) ? t(`copyFonts.${language}`) : undefined,
  }));
  return (
    <SegmentedChoice
      className="language-switch"
      legend={t("language.legend")}
      name="interface-language"
      choices={choices}
      value={lang}
      onChange={setLang}
    />
  );
}
