import type { Plugin } from "vite";
import { dropSelectors } from "./lib/cssRules";

/**
 * MapLibre's stylesheet styles every control it has, most with SVG icons
 * inlined in light and dark variants: 10 KB gzipped, of which the map here
 * uses the compact attribution and the editor's marker. The rules of the
 * controls it never adds are left out of the build (1.8 KB gzipped remain).
 * A control added later needs its name taken out of this list.
 */
const UNUSED =
  /\.maplibregl-(ctrl-(geolocate|fullscreen|shrink|terrain|globe|compass|zoom-in|zoom-out|logo|scale)|user-location|popup)/;

export function maplibreCss(): Plugin {
  return {
    name: "maplibre-css-unused-controls",
    enforce: "pre",
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css$/.test(id)) return null;
      return { code: dropSelectors(code, UNUSED), map: null };
    },
  };
}
