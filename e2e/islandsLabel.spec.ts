/**
 * A name on the map is wholly on it or left out (README: "a name left out where there is no
 * room"). Review 39: with Tokyo's event selected at 1280×800, the islands' group name
 * ("南千岛群岛", "…территории /") stood half above the map's top edge, on screen, in the picture and
 * in print (one canvas). MapLibre places a label whose box runs past the viewport; the app leaves
 * such a name out (src/map/edgeLabels.ts).
 *
 * How it is measured: a symbol's placed box is what `queryRenderedFeatures` hits, also in the
 * 100 px MapLibre keeps around the viewport, so a name that a box just outside the canvas hits
 * runs past its edge; it counts as drawn unless its feature state hides it (style.ts' `text-opacity`).
 */
import type { Page } from "@playwright/test";
import { expect, mapSettled, NAME_LAYERS, test } from "./fixtures";
import { keepScreenshot } from "./keepScreenshot";

test.use({ webgl: true });

/** style.ts' CUT_STATE (that module reads a JSON file Playwright's loader will not import). */
const CUT_STATE = "cut";

const LABEL_LAYERS = [...NAME_LAYERS, "reference-labels"];

interface Names {
  /** Names drawn on the canvas with a part beyond it, as "layer: text". */
  pastEdge: string[];
  /** Names drawn, wholly or not. */
  drawn: string[];
  /** Whether the islands' group name is placed at all (drawn or left out). */
  islandsPlaced: boolean;
}

function names(page: Page): Promise<Names> {
  return page.evaluate(
    ({ layers, cut }) => {
      const map = window.__app?.map;
      if (!map) throw new Error("no map");
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const shown = (f: { state?: Record<string, unknown> }) => f.state?.[cut] !== true;
      const text = (f: { layer: { id: string }; properties: Record<string, unknown> }) =>
        `${f.layer.id}: ${String(f.properties.label ?? f.properties.name)}`;
      // Boxes just outside each edge, within the 100 px MapLibre places symbols in.
      const outside: Array<[[number, number], [number, number]]> = [
        [
          [-90, -90],
          [w + 90, -1],
        ],
        [
          [-90, h + 1],
          [w + 90, h + 90],
        ],
        [
          [-90, -90],
          [-1, h + 90],
        ],
        [
          [w + 1, -90],
          [w + 90, h + 90],
        ],
      ];
      const pastEdge = new Set(
        outside.flatMap((box) => map.queryRenderedFeatures(box, { layers }).map(text)),
      );
      // Drawn on the canvas (a name wholly beyond it is not seen, nor hit here).
      const drawn = map.queryRenderedFeatures({ layers }).filter(shown);
      return {
        pastEdge: [...new Set(drawn.map(text))].filter((name) => pastEdge.has(name)),
        drawn: drawn.map(text),
        islandsPlaced: map
          .queryRenderedFeatures({ layers })
          .some((f) => f.properties.group === true),
      };
    },
    { layers: LABEL_LAYERS, cut: CUT_STATE },
  );
}

for (const lang of ["en", "ja", "ru", "zh"]) {
  test(`${lang}: with Tokyo's event selected no name on the map runs past its edge`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/?lang=${lang}&event=lavrov-arrives-in-tokyo`);
    await mapSettled(page);
    await keepScreenshot(page, testInfo, `islands-label-${lang}`);
    const found = await names(page);
    // The view the review saw: the islands at the map's top edge, their name placed there.
    expect(found.islandsPlaced).toBe(true);
    expect(found.pastEdge).toEqual([]);
    // Names wholly on the map stay: Tokyo's, selected.
    expect(found.drawn.filter((name) => name.startsWith("place-labels-selected:"))).toHaveLength(1);
  });
}
