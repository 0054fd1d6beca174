/**
 * The map as a picture, for the print view (at once, when printing starts)
 * and for "Download image" (whose drawing code loads on demand): MapLibre's
 * canvas, redrawn first so that its drawing buffer is fresh.
 */
import type { Map as MapLibreMap } from "maplibre-gl";

export function mapSnapshot(map: MapLibreMap | null | undefined): HTMLCanvasElement | null {
  if (!map) return null;
  try {
    map.redraw();
    return map.getCanvas();
  } catch {
    return null;
  }
}

export function mapAttribution(): string {
  const text = document.querySelector(".maplibregl-ctrl-attrib-inner")?.textContent?.trim();
  return text && text.length > 0 ? text : "Natural Earth";
}
