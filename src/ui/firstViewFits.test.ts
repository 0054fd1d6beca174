import { describe, expect, it } from "vitest";
import { matchLanguage } from "../i18n/languages";
import { firstViewFits } from "./firstViewFits";

const LISTS: string[][] = [
  [],
  ["en"],
  ["en-US", "ja"],
  ["en-GB"],
  ["ja-JP", "en"],
  ["ru"],
  ["zh-CN"],
  ["zh-TW", "en"],
  ["zh-Hant-HK", "ru"],
  ["zh-Hans", "en"],
  ["de-DE", "fr"],
  ["de", "ja"],
  ["fr-CA", "EN"],
  ["ZH-hk", "zh-SG"],
];

describe("firstViewFits", () => {
  it("shows the page's English first view exactly where matchLanguage gives English", () => {
    for (const list of LISTS) {
      expect(firstViewFits("", list), list.join(",")).toBe(matchLanguage(list) === "en");
    }
  });

  it("leaves any address with a query to the app (its language, embed or dataset may differ)", () => {
    for (const search of ["?lang=en", "?embed=1", "?data=https://example.org/a.json", "?event=x"]) {
      expect(firstViewFits(search, ["en-US"]), search).toBe(false);
    }
    expect(firstViewFits("?", ["en-US"])).toBe(true);
  });

  it("runs from its own source alone, as the page's inline script does", () => {
    const standalone = new Function(
      `return (${firstViewFits.toString()})`,
    )() as typeof firstViewFits;
    expect(standalone("", ["en-US"])).toBe(true);
    expect(standalone("", ["ja"])).toBe(false);
    expect(standalone("?lang=ja", ["en"])).toBe(false);
  });
});
