import { useMemo } from "react";
import "./placesList.css";
import { useTranslation } from "react-i18next";
import { placeName } from "../data/names";
import { LOCALE_TAGS } from "../i18n/languages";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { countsUndated, selectPlaceEventCounts } from "../store/selectors";
import { placesIn } from "./bindMapToStore";

/**
 * The places list's buttons, most events first, made while it is open (a dataset may have
 * thousands of places); their code comes as the list first opens (`PlacesList`).
 */
export function PlacesListItems() {
  const index = useAppStore((state) => state.index);
  const counts = useAppStore(selectPlaceEventCounts);
  const names = useAppStore((state) => state.names);
  const lang = useAppStore(selectLanguage);
  const { t } = useTranslation();
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);
  const hoveredPlaceId = useAppStore((state) => state.hoveredPlaceId);
  const selectPlace = useAppStore((state) => state.selectPlace);
  const hoverPlace = useAppStore((state) => state.hoverPlace);
  const unit = countsUndated(index) ? "map.undatedItems" : "map.events";
  const places = useMemo(() => {
    const list = index ? placesIn(index, lang) : [];
    return list
      .map((place) => ({ place, label: placeName(place, names), count: counts.get(place.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, LOCALE_TAGS[lang]));
  }, [index, counts, names, lang]);
  return (
    <ul aria-label={t("map.placesOnMap")}>
      {places.map(({ place, label, count }) => (
        <li key={place.id}>
          <button
            type="button"
            className="map-place-button"
            aria-pressed={selectedPlaceId === place.id}
            data-hovered={hoveredPlaceId === place.id || undefined}
            data-empty={count === 0 || undefined}
            onClick={() => selectPlace(selectedPlaceId === place.id ? null : place.id)}
            onMouseEnter={() => hoverPlace(place.id)}
            onMouseLeave={() => hoverPlace(null)}
            onFocus={() => hoverPlace(place.id)}
            onBlur={() => hoverPlace(null)}
          >
            <span className="map-place-name">{label}</span>
            <span className="map-place-events">{t(unit, { count })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
