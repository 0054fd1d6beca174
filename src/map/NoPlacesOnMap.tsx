import { useTranslation } from "react-i18next";
import type { DatasetIndex } from "../data/indexDataset";
import { useAppStore } from "../store/appStore";
import "./noPlaces.css";

/**
 * Whether the map region says the story has no places instead of showing a map: a dataset with
 * no place at all (any TimelineJS story) would otherwise show the shipped story's islands under
 * "Places (0)". Not while no dataset is open (the map's frame paints with the page), and not while
 * editing: the editor's Places tab adds a place at the map's centre and moves it by a click there.
 */
export function showsNoPlaces(index: DatasetIndex | null, editing: boolean): boolean {
  return index !== null && index.places.size === 0 && !editing;
}

/**
 * The map region's words for a story without places. While it is shown, noPlaces.css hides the
 * map's other parts (visibility: the canvas, Places and the reset button leave the tab order and
 * the accessibility tree too), so the region keeps its room and the layout does not jump when the
 * next dataset brings its places back, and the Map landmark says why it is empty.
 */
export function NoPlacesOnMap() {
  const { t } = useTranslation();
  const shown = useAppStore((state) => showsNoPlaces(state.index, state.editor !== null));
  if (!shown) return null;
  return <p className="map-empty">{t("map.noPlaces")}</p>;
}
