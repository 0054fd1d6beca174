import { useTranslation } from "react-i18next";
import type { DatasetIndex } from "../data/indexDataset";
import { useAppStore } from "../store/appStore";

/**
 * Whether the legend of the hatched islands belongs on the map: while no dataset is open yet (the
 * shipped story's legend is the first paint's largest element), and for a dataset with a disputed
 * place. A story of earthquakes or of another country has none, and its reader was told about
 * islands Russia administers and Japan claims.
 */
export function showsDisputedLegend(index: DatasetIndex | null): boolean {
  if (index === null) return true;
  for (const place of index.places.values()) if (place.disputed) return true;
  return false;
}

/** What the map's hatched islands mean. */
export function MapLegend() {
  const { t } = useTranslation();
  const shown = useAppStore((state) => showsDisputedLegend(state.index));
  if (!shown) return null;
  return (
    <p className="map-legend">
      <span className="map-legend-swatch" aria-hidden="true" />
      {t("map.legend")}
    </p>
  );
}
