import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { MapLegend } from "./MapLegend";
import "./map.css";
import { exposesWebGL2 } from "./webgl";

/**
 * The map's frame while the first dataset loads: the sea, "Loading the map…"
 * and the legend, in MapView's own boxes, which MapView takes over once the
 * data has come. A phone's largest text (the legend) thus paints with the
 * page rather than once the data has arrived. MapLibre itself still starts
 * after the data: started beside a large load, it made the timeline later
 * (see the README's "Loading large data"). Its code is fetched and compiled
 * meanwhile, when the page is idle, so that the map is not waiting for it too.
 */
export function MapPending() {
  const { t } = useTranslation();
  useEffect(() => {
    if (!exposesWebGL2()) return;
    // MapView imports it again and reports a failure; here it is only fetched early.
    const preload = () => void import("./MapAdapter").catch(() => {});
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(preload, 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(preload);
    return () => cancelIdleCallback(handle);
  }, []);
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
