import { describe, expect, it } from "vitest";
import { fontSubsetsFor, pwaOptions } from "./pwaOptions";

describe("fontSubsetsFor", () => {
  it("names the numbered subsets a text's CJK characters are drawn from, per family", () => {
    const jp = fontSubsetsFor("jp", "国後島");
    const sc = fontSubsetsFor("sc", "国后岛");
    expect(jp.size).toBeGreaterThan(0);
    expect(sc.size).toBeGreaterThan(0);
    for (const subset of [...jp, ...sc]) expect(subset).toMatch(/^\d+$/);
  });

  it("names the named subsets of Latin and Cyrillic text, which a CJK page also fetches", () => {
    expect(fontSubsetsFor("jp", "Kunashir")).toContain("latin");
    expect(fontSubsetsFor("sc", "Кунашир")).toEqual(new Set(["cyrillic"]));
  });

  it("names the subsets of the interface's symbols apart from those of the letters", () => {
    const letters = fontSubsetsFor("sc", "Next");
    const withTick = fontSubsetsFor("sc", "Next ✓");
    expect([...withTick].filter((subset) => !letters.has(subset)).length).toBeGreaterThan(0);
  });
});

describe("pwaOptions' precache", () => {
  it("keeps the CJK subsets the page draws from, drops the others, and keeps everything else", async () => {
    const transform = pwaOptions("data/japan-russia-2018.json").workbox?.manifestTransforms?.[0];
    if (!transform) throw new Error("no manifest transform");
    const sc = [...fontSubsetsFor("sc", "国后岛")][0];
    const tick = [...fontSubsetsFor("sc", "✓")][0];
    const entry = (url: string) => ({ url, revision: null, size: 1 });
    const entries = [
      entry("assets/index-abc12345.js"),
      entry(`assets/noto-sans-sc-${sc}-400-normal-abc12345.woff2`),
      entry(`assets/noto-sans-sc-${tick}-400-normal-abc12345.woff2`),
      entry("assets/noto-sans-sc-1-400-normal-abc12345.woff2"),
      entry("assets/noto-sans-jp-latin-400-normal-abc12345.woff2"),
    ];
    const { manifest } = await transform(entries);
    expect(manifest.map((kept) => kept.url)).toEqual([
      "assets/index-abc12345.js",
      `assets/noto-sans-sc-${sc}-400-normal-abc12345.woff2`,
      `assets/noto-sans-sc-${tick}-400-normal-abc12345.woff2`,
      "assets/noto-sans-jp-latin-400-normal-abc12345.woff2",
    ]);
  });
});
