/**
 * Names cut by the map's edge are left out. MapLibre places a label whose box runs past the
 * viewport (its collision grid reaches 100 px beyond it), and draws the half inside: with Tokyo's
 * event selected the islands' group name stood half above the map's top edge, on screen and in
 * the picture (review 39). A label's box is what `queryRenderedFeatures` hits, so the labels a
 * strip along an edge hits are the ones the edge cuts; they are made transparent by feature
 * state (paint only: no new layout, no frame of labels moving elsewhere). A name left out keeps
 * its place in MapLibre's collisions: no other name moves into its room.
 */
import { CUT_STATE, LAYERS, SOURCES } from "./style";

/** The layers whose names are left out when cut, with their sources (which promote an id). */
export const EDGE_LABEL_LAYERS: Readonly<Record<string, string>> = {
  [LAYERS.referenceLabels]: SOURCES.labels,
  [LAYERS.placeLabels]: SOURCES.places,
  [LAYERS.groupLabels]: SOURCES.places,
  [LAYERS.selectedLabels]: SOURCES.selected,
  [LAYERS.selectedGroupLabels]: SOURCES.selected,
};

type Box = [[number, number], [number, number]];

/** One-pixel strips just inside the four edges of a `width` × `height` map. */
export function edgeStrips(width: number, height: number): Box[] {
  return [
    [
      [0, 0],
      [width, 1],
    ],
    [
      [0, height - 1],
      [width, height],
    ],
    [
      [0, 0],
      [1, height],
    ],
    [
      [width - 1, 0],
      [width, height],
    ],
  ];
}

/** A label's feature as a key: its source and id. */
export interface LabelKey {
  source: string;
  id: string | number;
}

const keyOf = ({ source, id }: LabelKey) => `${source}\u0000${String(id)}`;

/**
 * What changes from the labels hidden `before` to those cut `now`: the ones to hide and the ones
 * to show again (nothing when the same: a feature state set anew is a frame drawn anew).
 */
export function cutChanges(
  before: ReadonlyMap<string, LabelKey>,
  now: readonly LabelKey[],
): { hide: LabelKey[]; show: LabelKey[]; cut: Map<string, LabelKey> } {
  const cut = new Map(now.map((label) => [keyOf(label), label]));
  return {
    hide: [...cut].filter(([key]) => !before.has(key)).map(([, label]) => label),
    show: [...before].filter(([key]) => !cut.has(key)).map(([, label]) => label),
    cut,
  };
}

/** Whatever of MapLibre's map that hiding needs (a fake in unit tests). */
export interface EdgeLabelsMap {
  getContainer(): { clientWidth: number; clientHeight: number };
  getLayer(id: string): unknown;
  queryRenderedFeatures(
    box: Box,
    options: { layers: string[] },
  ): Array<{ id?: string | number; layer: { id: string } }>;
  setFeatureState(feature: LabelKey, state: Record<string, boolean>): void;
}

/** The labels an edge of the map cuts now, as MapLibre has placed them. */
export function cutLabels(map: EdgeLabelsMap): LabelKey[] {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const layers = Object.keys(EDGE_LABEL_LAYERS).filter((id) => map.getLayer(id));
  if (!layers.length || width < 2 || height < 2) return [];
  return edgeStrips(width, height).flatMap((strip) =>
    map.queryRenderedFeatures(strip, { layers }).flatMap((feature) => {
      const source = EDGE_LABEL_LAYERS[feature.layer.id];
      return source && feature.id !== undefined ? [{ source, id: feature.id }] : [];
    }),
  );
}

/**
 * Hides the labels an edge cuts now and shows again those hidden before that it no longer cuts;
 * returns the labels hidden, for the next call.
 */
export function hideCutLabels(
  map: EdgeLabelsMap,
  before: ReadonlyMap<string, LabelKey>,
): Map<string, LabelKey> {
  const { hide, show, cut } = cutChanges(before, cutLabels(map));
  for (const label of hide) map.setFeatureState(label, { [CUT_STATE]: true });
  for (const label of show) map.setFeatureState(label, { [CUT_STATE]: false });
  return cut;
}
