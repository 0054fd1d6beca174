import type { Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "./store/appStore";

declare global {
  interface Window {
    /**
     * Automation hook for tests and debugging: read state here; drive the UI
     * with clicks and keys. `map` is set once MapLibre has started.
     */
    __app?: { store: AppStore; map: MapLibreMap | null };
  }
}
