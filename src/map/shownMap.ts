/**
 * The map on show, for what takes its picture ("Download image", the print
 * view) or moves it from the editor's chunk (a typed place brought into view)
 * through its adapter: set by MapView while MapLibre runs, else null.
 */
import type { MapAdapter } from "./MapAdapter";

export type ShownMap = Pick<MapAdapter, "size" | "picture">;

/** The camera the editor moves (editor/followEditedPlace.ts). */
export type MovedMap = ShownMap & Pick<MapAdapter, "showPlace" | "resetView">;

let shown: MovedMap | null = null;

export function setShownMap(map: MovedMap | null): void {
  shown = map;
}

export function shownMap(): MovedMap | null {
  return shown;
}
