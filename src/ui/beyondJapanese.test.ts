// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { inSortedRanges, sortedRanges } from "../offline/unicodeRanges";
import { watchBeyondJapanese } from "./beyondJapanese";

/** Let mutation records and promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** JP's faces, as far as these tests go: 北 方 領 土 (and 日本), not 问 题 (simplified). */
const JP = ["U+5317, U+65b9, U+9818", "U+571f", "U+65e5, U+672c"];

function page(text: string, ranges: Promise<string[]> = Promise.resolve(JP)) {
  const root = document.createElement("main");
  root.textContent = text;
  document.body.append(root);
  const loadChinese = vi.fn();
  const stop = watchBeyondJapanese(root, { japaneseRanges: () => ranges, loadChinese });
  return { root, loadChinese, stop };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("sortedRanges and inSortedRanges", () => {
  it("reads unicode-range values, single points, spans and wildcards, in order", () => {
    const ranges = sortedRanges(["U+4E00-4E01, U+4E03", "U+30??", "nonsense"]);
    expect(ranges).toEqual([
      [0x3000, 0x30ff],
      [0x4e00, 0x4e01],
      [0x4e03, 0x4e03],
    ]);
    expect(inSortedRanges(ranges, 0x4e00)).toBe(true);
    expect(inSortedRanges(ranges, 0x4e02)).toBe(false);
    expect(inSortedRanges(ranges, 0x4e03)).toBe(true);
    expect(inSortedRanges(ranges, 0x30a2)).toBe(true);
    expect(inSortedRanges(ranges, 0x2fff)).toBe(false);
  });
});

describe("watchBeyondJapanese", () => {
  it("leaves Noto Sans SC alone for characters JP has", async () => {
    const { root, loadChinese } = page("北方領土");
    await settle();
    root.append(document.createTextNode("日本"));
    await settle();
    expect(loadChinese).not.toHaveBeenCalled();
  });

  it("loads it once a character JP lacks is shown, then stops watching", async () => {
    const { root, loadChinese } = page("北方領土");
    await settle();
    const title = document.createElement("h2");
    title.textContent = "问题";
    root.append(title);
    await settle();
    expect(loadChinese).toHaveBeenCalledOnce();
    title.textContent = "问题 again 间";
    await settle();
    expect(loadChinese).toHaveBeenCalledOnce();
  });

  it("checks what was shown before JP's stylesheet came, once it has", async () => {
    let arrive: (ranges: string[]) => void = () => {};
    const { loadChinese } = page(
      "关于 问题",
      new Promise((resolve) => {
        arrive = resolve;
      }),
    );
    await settle();
    expect(loadChinese).not.toHaveBeenCalled();
    arrive(JP);
    await settle();
    expect(loadChinese).toHaveBeenCalledOnce();
  });

  it("finds it in a field's value as it is typed", async () => {
    const { root, loadChinese } = page("");
    const input = document.createElement("input");
    root.append(input);
    await settle();
    input.value = "问";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(loadChinese).toHaveBeenCalledOnce();
  });

  it("does nothing when JP's stylesheet could not come (nothing to tell covered from not)", async () => {
    const { root, loadChinese } = page("问题", Promise.reject(new Error("offline")));
    await settle();
    root.append(document.createTextNode("间"));
    await settle();
    expect(loadChinese).not.toHaveBeenCalled();
  });
});
