import { describe, expect, it } from "vitest";
import { hiddenUntilStaged, layerStages } from "./layerStages";
import { buildStyle, FONT_SUBSET_NAMES, type FontFiles, LAYERS } from "./style";

const FONTS = {
  400: Object.fromEntries(FONT_SUBSET_NAMES.map((s) => [s, `/${s}-400.woff2`])),
  600: Object.fromEntries(FONT_SUBSET_NAMES.map((s) => [s, `/${s}-600.woff2`])),
} as FontFiles;

describe("layerStages", () => {
  const style = buildStyle({ fonts: FONTS, theme: "light", cluster: true });

  it("brings in every layer but the background one at a time: the first line, then the rest in drawing order", () => {
    const stages = layerStages(style.layers);
    expect(stages.map((stage) => stage.length)).toEqual(stages.map(() => 1));
    expect(stages.flat()).toEqual([
      LAYERS.borders,
      ...style.layers
        .filter((l) => l.type !== "background" && l.id !== LAYERS.borders)
        .map((l) => l.id),
    ]);
    expect(stages.at(-1)).toEqual([LAYERS.placeLabels]);
  });

  it("keeps drawing order when there is no line", () => {
    const layers = [
      { id: "sea", type: "background" },
      { id: "land", type: "fill" },
      { id: "dots", type: "circle" },
    ] as const;
    expect(layerStages(layers)).toEqual([["land"], ["dots"]]);
  });

  it("has no stages for a style of background only", () => {
    expect(layerStages([{ id: "sea", type: "background" }])).toEqual([]);
  });
});

describe("hiddenUntilStaged", () => {
  const style = buildStyle({ fonts: FONTS, theme: "dark", cluster: false });
  const staged = hiddenUntilStaged(style, layerStages(style.layers));

  it("hides the staged layers and leaves the rest of the style as it was", () => {
    expect(staged.layers.map((l) => l.id)).toEqual(style.layers.map((l) => l.id));
    for (const [i, layer] of staged.layers.entries()) {
      const { layout, ...rest } = layer as typeof layer & { layout?: Record<string, unknown> };
      const original = style.layers[i] as typeof layer & { layout?: Record<string, unknown> };
      const { layout: originalLayout, ...originalRest } = original;
      expect(rest).toEqual(originalRest);
      if (layer.type === "background") expect(layout).toEqual(originalLayout);
      else expect(layout).toEqual({ ...originalLayout, visibility: "none" });
    }
    expect(staged.sources).toBe(style.sources);
  });

  it("does not change the style it is given", () => {
    expect(style.layers.some((l) => l.layout && "visibility" in l.layout)).toBe(false);
  });
});
