import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import type { SymbolLayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  cutChanges,
  EDGE_LABEL_LAYERS,
  type EdgeLabelsMap,
  edgeStrips,
  hideCutLabels,
  type LabelKey,
} from "./edgeLabels";
import { buildStyle, CUT_STATE, FONT_SUBSET_NAMES, type FontFiles, LAYERS, SOURCES } from "./style";

type Box = [[number, number], [number, number]];

const overlaps = ([[x1, y1], [x2, y2]]: Box, [[a1, b1], [a2, b2]]: Box) =>
  x1 < a2 && a1 < x2 && y1 < b2 && b1 < y2;

/** A 900×350 map whose labels are placed at the given boxes (what MapLibre's query hits). */
function fakeMap(labels: Array<{ layer: string; id: string; box: Box }>) {
  const states: Array<[LabelKey, Record<string, boolean>]> = [];
  const map: EdgeLabelsMap = {
    getContainer: () => ({ clientWidth: 900, clientHeight: 350 }),
    getLayer: (id) => (id === LAYERS.referenceLabels ? undefined : { id }),
    queryRenderedFeatures: (box, { layers }) =>
      labels
        .filter((label) => layers.includes(label.layer) && overlaps(box, label.box))
        .map((label) => ({ id: label.id, layer: { id: label.layer } })),
    setFeatureState: (feature, state) => states.push([feature, state]),
  };
  return { map, states, labels };
}

const islands = { layer: LAYERS.groupLabels, id: "northern-territories" };
const tokyo = { layer: LAYERS.selectedLabels, id: "tokyo" };

describe("edgeStrips", () => {
  it("are one pixel just inside each edge", () => {
    expect(edgeStrips(900, 350)).toEqual([
      [
        [0, 0],
        [900, 1],
      ],
      [
        [0, 349],
        [900, 350],
      ],
      [
        [0, 0],
        [1, 350],
      ],
      [
        [899, 0],
        [900, 350],
      ],
    ]);
  });
});

describe("cutChanges", () => {
  const a = { source: SOURCES.places, id: "a" };
  const b = { source: SOURCES.selected, id: "a" };
  it("hides the newly cut, shows again those no longer cut, and keeps one source's id apart from another's", () => {
    const { cut: before } = cutChanges(new Map(), [a]);
    const { hide, show, cut } = cutChanges(before, [b, b]);
    expect(hide).toEqual([b]);
    expect(show).toEqual([a]);
    expect([...cut.values()]).toEqual([b]);
  });

  it("changes nothing when the same labels are cut", () => {
    const { cut: before } = cutChanges(new Map(), [a]);
    expect(cutChanges(before, [a])).toMatchObject({ hide: [], show: [] });
  });
});

describe("hideCutLabels", () => {
  it("hides the label the map's top edge cuts (the islands' name at Tokyo's frame), not one wholly on the map", () => {
    const { map, states } = fakeMap([
      {
        ...islands,
        box: [
          [560, -10],
          [680, 18],
        ],
      },
      {
        ...tokyo,
        box: [
          [470, 295],
          [500, 312],
        ],
      },
    ]);
    const hidden = hideCutLabels(map, new Map());
    expect(states).toEqual([
      [{ source: SOURCES.places, id: "northern-territories" }, { [CUT_STATE]: true }],
    ]);
    // Placed alike again (the next idle): no state set, so no frame drawn for nothing.
    hideCutLabels(map, hidden);
    expect(states).toHaveLength(1);
  });

  it("shows a hidden label again once it is wholly on the map, and cuts at every edge", () => {
    const { map, states, labels } = fakeMap([
      {
        ...islands,
        box: [
          [560, -10],
          [680, 18],
        ],
      },
      {
        ...tokyo,
        box: [
          [880, 100],
          [940, 118],
        ],
      },
    ]);
    const hidden = hideCutLabels(map, new Map());
    expect(states.map(([label]) => label.id).sort()).toEqual(["northern-territories", "tokyo"]);
    labels.splice(0, 2, {
      ...islands,
      box: [
        [560, 10],
        [680, 38],
      ],
    });
    states.length = 0;
    hideCutLabels(map, hidden);
    expect(states).toEqual([
      [{ source: SOURCES.places, id: "northern-territories" }, { [CUT_STATE]: false }],
      [{ source: SOURCES.selected, id: "tokyo" }, { [CUT_STATE]: false }],
    ]);
  });
});

describe("the style's side", () => {
  const fonts = Object.fromEntries(
    [400, 600].map((w) => [w, Object.fromEntries(FONT_SUBSET_NAMES.map((s) => [s, `${s}.woff2`]))]),
  ) as unknown as FontFiles;
  const style = buildStyle({ fonts, theme: "light", cluster: false });

  it.each(Object.entries(EDGE_LABEL_LAYERS))(
    "%s is drawn from %s, which gives its features ids, and its names are transparent when cut",
    (layerId, sourceId) => {
      const layer = style.layers.find((l) => l.id === layerId) as SymbolLayerSpecification;
      expect(layer.source).toBe(sourceId);
      expect(style.sources[sourceId]).toHaveProperty("promoteId");
      const opacity = createExpression(layer.paint?.["text-opacity"], {
        type: "number",
        "property-type": "data-driven",
        expression: { interpolated: true, parameters: ["zoom", "feature", "feature-state"] },
      } as never);
      if (opacity.result !== "success") throw new Error("text-opacity does not parse");
      const at = (state: Record<string, boolean>) =>
        opacity.value.evaluate({ zoom: 5 }, { type: 1, properties: {} } as never, state);
      expect(at({})).toBe(1);
      expect(at({ [CUT_STATE]: false })).toBe(1);
      expect(at({ [CUT_STATE]: true })).toBe(0);
    },
  );
});
