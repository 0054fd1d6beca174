/**
 * The map on show, for what takes its picture ("Download image", the print
 * view) through its adapter: set by MapView while MapLibre runs, else null.
 */
import type { MapAdapter } from "./MapAdapter";

export type ShownMap = Pick<MapAdapter, "size" | "picture">;

let shown: ShownMap | null = null;

export function setShownMap(map: ShownMap | null): void {
  shown = map;
}

export function shownMap(): ShownMap | null {
  return shown;
}
