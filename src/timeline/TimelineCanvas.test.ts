import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { AxisStyle } from "./drawAxis";
import { laneGeometry } from "./laneGeometry";
import { type CanvasInputs, sameCanvasInputs } from "./TimelineCanvas";
import { ARTICLE_LIKE } from "./testData";
import { buildTimelineModel } from "./timelineModel";

describe("sameCanvasInputs", () => {
  const model = buildTimelineModel(indexDataset(ARTICLE_LIKE), "actors");
  const axis: AxisStyle = {
    tick: "#000",
    majorTick: "#000",
    label: "#111",
    majorLabel: "#222",
    font: "11px a",
    majorFont: "11px b",
  };
  const inputs = (rows: number[], tickSpacing = 90): CanvasInputs => ({
    model,
    width: 700,
    // Each layout makes its geometry anew: equal values, another object.
    geometry: laneGeometry(240, rows),
    mask: null,
    focusSet: null,
    colours: ["#a00", "#0a0"],
    dimOpacity: 0.72,
    axis,
    tickSpacing,
    dense: true,
    lang: "en",
  });

  it("holds a render's new inputs that draw the same as the last drawn ones the same", () => {
    const drawn = inputs([1, 1]);
    const next = { ...inputs([1, 1]), colours: drawn.colours };
    expect(next.geometry).not.toBe(drawn.geometry);
    expect(sameCanvasInputs(drawn, next)).toBe(true);
  });

  it("tells inputs apart by any value that changes the drawing", () => {
    const drawn = inputs([1, 1]);
    const like = (change: Partial<CanvasInputs>) => ({ ...drawn, ...change });
    expect(sameCanvasInputs(drawn, like({ geometry: laneGeometry(240, [2, 1]) }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ tickSpacing: 120 }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ dense: false }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ mask: new Uint8Array(19) }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ focusSet: new Set([1]) }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ colours: [...drawn.colours] }))).toBe(false);
    expect(sameCanvasInputs(drawn, like({ lang: "ja" }))).toBe(false);
  });
});
