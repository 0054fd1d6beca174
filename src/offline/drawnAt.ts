import type { Map as MapLibreMap } from "maplibre-gl";
import type { ShownMap } from "../map/shownMap";
import { type RedrawnView, redrawnView, type Size } from "./pictureLayout";

/**
 * The picture of a map `size` on the page, for a `box` (CSS px) of a picture or a print: a map of
 * another aspect than the box's (a phone's strip) drawn anew at the box's size, at `redrawnRatio`
 * pixels a CSS px (redrawnView); any other as the page shows it, at `shownRatio` (the page's own
 * when omitted). Download image and the print share it.
 */
export function mapPictureFor(
  map: ShownMap,
  size: Size,
  box: Size,
  redrawnRatio: number,
  shownRatio?: number,
): HTMLCanvasElement | null {
  const view = redrawnView(size, box);
  return view ? map.picture(redrawnRatio, drawnAt(view)) : map.picture(shownRatio);
}

/**
 * For MapAdapter.picture: the map at `view`'s size, zoomed by its `zoomBy` about the same centre,
 * until the function returned puts the page's size and camera back, redrawn. All in one task: the
 * page never paints the other size, nor does MapLibre's resize observer see it. A map that cannot
 * be resized is put back at once, and pictured as the page shows it.
 */
export function drawnAt(view: RedrawnView): (map: MapLibreMap) => () => void {
  return (map) => {
    const style = map.getContainer().style;
    const camera = { center: map.getCenter(), zoom: map.getZoom() };
    const resize = (width: string, height: string) => {
      Object.assign(style, { width, height });
      map.resize();
    };
    const back = () => {
      resize("", "");
      map.jumpTo(camera);
      map.redraw();
    };
    try {
      resize(`${view.width}px`, `${view.height}px`);
      map.jumpTo({ zoom: camera.zoom + view.zoomBy });
      return back;
    } catch {
      back();
      return () => {};
    }
  };
}
