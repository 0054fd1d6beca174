import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import { useDisclosure } from "../ui/useDisclosure";

/** A map pin. */
const PIN_ICON =
  "M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 4.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z";

// The buttons' code comes as the list first opens (a local chunk: the list waits a moment once).
const items = lazyPart(
  "places",
  () => import("./PlacesListItems"),
  (module) => module.PlacesListItems,
);

/**
 * Every place as a button, most events first: the keyboard and screen-reader
 * way to the places on the map, kept in step with the map's selection.
 */
export function PlacesList() {
  const total = useAppStore((state) => state.index?.places.size ?? 0);
  const { t } = useTranslation();
  // The buttons are made only while the list is open: a dataset may have thousands of places.
  // It lies over the map as the other pop-overs do, and closes as they do: Escape (focus back on
  // its summary), a click elsewhere, focus leaving it.
  const { open, setOpen, root, toggle } = useDisclosure<HTMLDetailsElement, HTMLElement>();
  const Items = useLazyPart(items, open);

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
      {open && Items && <Items />}
    </details>
  );
}
