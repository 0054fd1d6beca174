/**
 * The map as a picture (`MapAdapter.picture`), for "Download image" and the
 * print view: a copy of MapLibre's canvas, rendered first at the pixel ratio
 * the picture needs when that is more than the page's.
 *
 * MapLibre clears its drawing buffer after each frame, so the map is redrawn
 * (`redraw()`, synchronous) and copied in the same task. The page never shows
 * the sharper frame: the ratio is put back and the map redrawn before the task
 * ends, so the compositor sees only the page's own. No frame is waited for (a
 * hidden tab has none); the render's cost is bounded by the picture's pixels
 * (a 1940×775 canvas for the picture of a 900 px map: 0.4 s on software
 * WebGL here, against 0.04 s for the page's own). Anything failing on the way
 * (a lost context, too large a canvas) leaves the page's ratio and its own
 * snapshot.
 */
import type { Map as MapLibreMap } from "maplibre-gl";

export type PictureMap = Pick<
  MapLibreMap,
  "getPixelRatio" | "setPixelRatio" | "redraw" | "getCanvas"
>;

/** A 2D copy of a WebGL canvas, read while its drawing buffer still holds the frame. */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement("canvas");
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.drawImage(source, 0, 0);
  return copy;
}

/**
 * The map redrawn and copied: at `pixelRatio` when that is more than the
 * page's, else (or when that fails) at the page's. Null when it cannot be drawn.
 */
export function mapPicture(
  map: PictureMap,
  pixelRatio = 0,
  copy: (canvas: HTMLCanvasElement) => HTMLCanvasElement = copyCanvas,
): HTMLCanvasElement | null {
  const snapshot = () => {
    map.redraw();
    return copy(map.getCanvas());
  };
  if (Number.isFinite(pixelRatio) && pixelRatio > map.getPixelRatio()) {
    try {
      map.setPixelRatio(pixelRatio);
      return snapshot();
    } catch {
      // The page's own snapshot, below.
    } finally {
      try {
        // null gives the ratio back to devicePixelRatio (MapLibre's setPixelRatio documents it; its
        // type says number). The map sets no ratio of its own, so this is where it was.
        map.setPixelRatio(null as unknown as number);
        // Redrawn now, so the canvas its resizing cleared is never shown.
        map.redraw();
      } catch {
        // A map that cannot redraw gives no snapshot either: below.
      }
    }
  }
  try {
    return snapshot();
  } catch {
    return null;
  }
}
