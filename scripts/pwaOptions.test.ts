import { describe, expect, it } from "vitest";
import { cjkSubsetsFor, pwaOptions } from "./pwaOptions";

describe("cjkSubsetsFor", () => {
  it("names the numbered subsets a text's CJK characters are drawn from, per family", () => {
    expect(cjkSubsetsFor("jp", "Kunashir, Кунашир").size).toBe(0);
    const jp = cjkSubsetsFor("jp", "国後島");
    const sc = cjkSubsetsFor("sc", "国后岛");
    expect(jp.size).toBeGreaterThan(0);
    expect(sc.size).toBeGreaterThan(0);
    for (const subset of [...jp, ...sc]) expect(subset).toMatch(/^\d+$/);
  });
});

describe("pwaOptions' precache", () => {
  it("keeps the CJK subsets the shipped texts need, drops the others, and keeps everything else", async () => {
    const transform = pwaOptions("data/japan-russia-2018.json").workbox?.manifestTransforms?.[0];
    if (!transform) throw new Error("no manifest transform");
    const sc = [...cjkSubsetsFor("sc", "国后岛")][0];
    const entry = (url: string) => ({ url, revision: null, size: 1 });
    const entries = [
      entry("assets/index-abc12345.js"),
      entry(`assets/noto-sans-sc-${sc}-400-normal-abc12345.woff2`),
      entry("assets/noto-sans-sc-1-400-normal-abc12345.woff2"),
      entry("assets/noto-sans-jp-latin-400-normal-abc12345.woff2"),
    ];
    const { manifest } = await transform(entries);
    expect(manifest.map((kept) => kept.url)).toEqual([
      "assets/index-abc12345.js",
      `assets/noto-sans-sc-${sc}-400-normal-abc12345.woff2`,
    ]);
  });
});
