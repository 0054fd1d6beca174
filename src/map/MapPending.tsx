import { useTranslation } from "react-i18next";
import { MapLegend } from "./MapLegend";
import "./map.css";

/**
 * The map's frame while the first dataset loads: the sea, "Loading the map…"
 * and the legend, in MapView's own boxes, which MapView takes over once the
 * data has come. A phone's largest text (the legend) thus paints with the
 * page rather than once the data has arrived. MapLibre itself still starts
 * after the data: started beside a large load, it made the timeline later
 * (see the README's "Loading large data").
 */
export function MapPending() {
  const { t } = useTranslation();
  return (
    <div className="map-view" data-mode="pending">
      <div className="map-stage">
        <p className="map-loading" role="status">
          {t("map.loading")}
        </p>
        <MapLegend />
      </div>
    </div>
  );
}
