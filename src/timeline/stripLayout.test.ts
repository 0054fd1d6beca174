import { describe, expect, it } from "vitest";
import { loadLanguage } from "../i18n/i18n";
import {
  bandShading,
  hintText,
  type PeriodBand,
  type StripInput,
  stripLayout,
} from "./stripLayout";

const view = { start: Date.UTC(2016, 6, 1), end: Date.UTC(2018, 6, 1) };
const input = (overrides: Partial<StripInput> = {}): StripInput => ({
  periods: [
    { id: "abe", title: "Abe's second term", start: "2012-12-26", end: "2020-09-16" },
    { id: "rule", title: "Islands under Russian rule", start: "1945-09" },
    { id: "old", title: "Before", start: "1950", end: "1960" },
  ],
  lastTime: Date.UTC(2018, 5, 1),
  published: "2018-04-02",
  view,
  width: 900,
  earlier: 2,
  later: 0,
  ...overrides,
});

function overlap(a: { x: number; width: number }, b: { x: number; width: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

describe("stripLayout", () => {
  it("draws bands for the periods in view only, an open one up to the last event", () => {
    const { bands } = stripLayout(input());
    expect(bands.map((b) => b.id)).toEqual(["rule", "abe"]);
    const rule = bands.find((b) => b.id === "rule");
    expect(rule?.x0).toBe(-20);
    expect(rule?.x1).toBeLessThan(900);
    expect(bands.map((b) => b.shade)).toEqual([0, 1]);
  });

  it("writes the publication date at its line, the hint first, and names in the room left", () => {
    const layout = stripLayout(input());
    expect(layout.publishedX).toBeGreaterThan(700);
    const keys = layout.texts.map((t) => t.key);
    expect(keys[0]).toBe("earlier");
    expect(keys).toContain("published");
    expect(layout.texts.find((t) => t.key === "earlier")?.text).toBe("← 2 earlier events");
    expect(keys.filter((k) => k.startsWith("period:")).length).toBeGreaterThan(0);
    for (const a of layout.texts) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(900);
      for (const b of layout.texts) if (a !== b) expect(overlap(a, b)).toBe(false);
    }
  });

  it("leaves out the publication line off-screen and a name with no room", () => {
    const layout = stripLayout(input({ published: "2019-01-01", width: 120, later: 3 }));
    expect(layout.publishedX).toBeNull();
    expect(layout.texts.map((t) => t.key)).toEqual(["earlier"]);
  });

  it("says how many events lie off-screen, in words", () => {
    expect(hintText("earlier", 1)).toBe("← 1 earlier event");
    expect(hintText("later", 4)).toBe("4 later events →");
  });

  it("gives a Japanese hint the room its characters take: one em each, not half", async () => {
    await loadLanguage("ja");
    const layout = stripLayout(input({ lang: "ja", earlier: 12, later: 3 }));
    const earlier = layout.texts.find((t) => t.key === "earlier");
    expect(hintText("earlier", 12, "ja")).toBe("← 以前の12件");
    // Four CJK characters at 11 px, two digits (0.572 em), the arrow and space (at least a
    // quarter em each), and the button's padding and border (10 px): at 0.55 em a character it
    // was given 67 px, and a phone showed "← 以前…".
    expect(earlier?.width).toBeGreaterThanOrEqual(4 * 11 + 2 * 0.572 * 11 + 2 * 0.25 * 11 + 10);
  });
});

describe("bandShading", () => {
  const band = (id: string, x0: number, x1: number, shade: 0 | 1): PeriodBand => ({
    id,
    title: id,
    note: undefined,
    x0,
    x1,
    shade,
  });

  it("shows each band alone in its own shade, two that meet apart", () => {
    expect(bandShading([band("a", 0, 100, 0), band("b", 100, 250, 1)])).toEqual([
      { x0: 0, x1: 100, shade: 0 },
      { x0: 100, x1: 250, shade: 1 },
    ]);
  });

  it("draws an overlap once, as dark for 500 bands as for two", () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      band(`e${i}`, i * 2, i * 2 + 100, (i % 2) as 0 | 1),
    );
    const shading = bandShading(many);
    expect(shading[0]).toEqual({ x0: 0, x1: 2, shade: 0 });
    expect(shading[1]).toEqual({ x0: 2, x1: 1096, shade: 2 });
    expect(shading.at(-1)).toEqual({ x0: 1096, x1: 1098, shade: 1 });
    expect(shading).toHaveLength(3);
    expect(bandShading([band("a", 0, 100, 0), band("b", 50, 80, 1)])).toEqual([
      { x0: 0, x1: 50, shade: 0 },
      { x0: 50, x1: 80, shade: 2 },
      { x0: 80, x1: 100, shade: 0 },
    ]);
  });
});
