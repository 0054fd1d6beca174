import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { focusDetailsSoon } from "./focusDetails";
import { useNames } from "./useNames";

/**
 * Places as buttons, each selecting its place (the map goes there, the details show it): an
 * event's, and an undated item's in a story map without dates.
 */
export function PlaceChips({ places }: { places: readonly string[] }) {
  const { t } = useTranslation();
  const { placeNameOf } = useNames();
  const selectPlace = useAppStore((state) => state.selectPlace);
  return (
    <ul className="chip-list" aria-label={t("details.places")}>
      {places.map((place) => (
        <li key={place}>
          <button
            type="button"
            className="chip"
            onClick={() => {
              selectPlace(place);
              focusDetailsSoon();
            }}
          >
            {placeNameOf(place)}
          </button>
        </li>
      ))}
    </ul>
  );
}
