import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { SegmentedChoice } from "../ui/SegmentedChoice";
import { LANG_ATTRIBUTES, LANGUAGE_NAMES, LANGUAGES } from "./languages";
// The names' own faces (日本語, 中文), a few KB: no machine draws them as boxes.
import "./languageNames.css";

const CHOICES = LANGUAGES.map((language) => ({
  value: language,
  label: LANGUAGE_NAMES[language],
  lang: LANG_ATTRIBUTES[language],
}));

/** Each language in its own name; a choice is a history step, like the naming switch. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore(selectLanguage);
  const setLang = useAppStore((state) => state.setLang);
  return (
    <SegmentedChoice
      className="language-switch"
      legend={t("language.legend")}
      name="interface-language"
      choices={CHOICES}
      value={lang}
      onChange={setLang}
    />
  );
}
