import { useTranslation } from "react-i18next";

/** What the basemap's hatched islands mean; the same for every dataset. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <p className="map-legend">
      <span className="map-legend-swatch" aria-hidden="true" />
      {t("map.legend")}
    </p>
  );
}
