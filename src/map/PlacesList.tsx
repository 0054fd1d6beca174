import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { placeName } from "../data/names";
import { LOCALE_TAGS } from "../i18n/languages";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { selectPlaceEventCounts } from "../store/selectors";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import { useDisclosure } from "../ui/useDisclosure";
import { placesIn } from "./bindMapToStore";

/** A map pin. */
const PIN_ICON =
  "M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 4.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z";

/**
 * Every place as a button, most events first: the keyboard and screen-reader
 * way to the places on the map, kept in step with the map's selection.
 */
export function PlacesList() {
  const index = useAppStore((state) => state.index);
  const counts = useAppStore(selectPlaceEventCounts);
  const names = useAppStore((state) => state.names);
  const lang = useAppStore(selectLanguage);
  const { t } = useTranslation();
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);
  const hoveredPlaceId = useAppStore((state) => state.hoveredPlaceId);
  const selectPlace = useAppStore((state) => state.selectPlace);
  const hoverPlace = useAppStore((state) => state.hoverPlace);
  // The buttons are made only while the list is open: a dataset may have thousands of places.
  // It lies over the map as the other pop-overs do, and closes as they do: Escape (focus back on
  // its summary), a click elsewhere, focus leaving it.
  const { open, setOpen, root, toggle } = useDisclosure<HTMLDetailsElement, HTMLElement>();

  const places = useMemo(() => {
    const list = index && open ? placesIn(index, lang) : [];
    return list
      .map((place) => ({ place, label: placeName(place, names), count: counts.get(place.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, LOCALE_TAGS[lang]));
  }, [index, counts, names, open, lang]);
  const total = index?.places.size ?? 0;

  return (
    <details
      ref={root}
      className="map-places"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary ref={toggle}>
        <ToolbarIcon path={PIN_ICON} />
        {/* A short map (a phone's strip with an event open) shows only the icon; the words stay
            the button's name (map.css). */}
        <span className="map-button-words">
          {t("map.places")} <span className="map-places-count">({total})</span>
        </span>
      </summary>
      {open && (
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
                <span className="map-place-events">{t("map.events", { count })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
