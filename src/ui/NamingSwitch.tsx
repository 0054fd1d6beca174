import { useTranslation } from "react-i18next";
import { NAMING_PERSPECTIVES } from "../data/names";
import { useAppStore } from "../store/appStore";
import { selectOffersNamingChoice } from "../store/selectors";
import { SegmentedChoice } from "./SegmentedChoice";

/**
 * Japanese, Russian or both names for the disputed islands, everywhere in the app; not shown for
 * a dataset whose places are named the same in each (`offersNamingChoice`).
 */
export function NamingSwitch() {
  const { t } = useTranslation();
  // Not after a first load that failed: no dataset, so no place to name (review 20).
  const offered = useAppStore(
    (state) =>
      selectOffersNamingChoice(state) && !(state.index === null && state.status === "error"),
  );
  const names = useAppStore((state) => state.names);
  const setNames = useAppStore((state) => state.setNames);
  if (!offered) return null;
  return (
    <SegmentedChoice
      className="naming-switch"
      legend={t("naming.legend")}
      name="naming-perspective"
      choices={NAMING_PERSPECTIVES.map((perspective) => ({
        value: perspective,
        label: t(`naming.${perspective}`),
      }))}
      value={names}
      onChange={setNames}
    />
  );
}
