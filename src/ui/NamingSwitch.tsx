import { useTranslation } from "react-i18next";
import { NAMING_PERSPECTIVES } from "../data/names";
import { useAppStore } from "../store/appStore";

/** Japanese, Russian or both names for the disputed islands, everywhere in the app. */
export function NamingSwitch() {
  const { t } = useTranslation();
  const names = useAppStore((state) => state.names);
  const setNames = useAppStore((state) => state.setNames);
  return (
    <fieldset className="naming-switch">
      <legend>{t("naming.legend")}</legend>
      {NAMING_PERSPECTIVES.map((perspective) => (
        <label key={perspective} className="segmented">
          <input
            type="radio"
            name="naming-perspective"
            value={perspective}
            checked={names === perspective}
            onChange={() => setNames(perspective)}
          />
          <span>{t(`naming.${perspective}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
