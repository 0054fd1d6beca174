import { describe, expect, it } from "vitest";
import { chWidth, labelWidth } from "./chWidth";

describe("chWidth", () => {
  it("counts Latin and Cyrillic letters once, CJK characters and kana twice", () => {
    expect(chWidth("Russia")).toBe(6);
    expect(chWidth("Россия")).toBe(6);
    expect(chWidth("ロシア")).toBe(6);
    expect(chWidth("俄罗斯")).toBe(6);
    expect(chWidth("ソ連")).toBe(4);
    expect(chWidth("")).toBe(0);
  });
});

describe("labelWidth", () => {
  // The axis's labels as Chromium 150 draws them in Noto Sans (JP, SC) on the production build:
  // the ink's right or the advance, whichever reaches further, at the weight that is wider (600
  // for letters, 400 for digits, whose ink rounds out to the pixel), at the page's 11 px and
  // the picture's 12 px. The estimate was short by up to 4.7 px ("июнь", 12 px: 27.8 for 32.5).
  const measured: [string, number, number][] = [
    ["May", 11, 23.65],
    ["May", 12, 25.17],
    ["Mar", 12, 24.17],
    ["Nov", 11, 22.29],
    ["Aug", 12, 23.23],
    ["Dec", 12, 21.83],
    ["1954", 11, 25.88],
    ["2018", 12, 27.59],
    ["20:00", 12, 30.9],
    ["июнь", 12, 32.5],
    ["июль", 11, 29.35],
    ["май", 12, 24.55],
    ["март", 11, 28.08],
    ["дек.", 12, 24.7],
    ["18 февр.", 12, 50.92],
    ["март 2018 г.", 12, 72.5],
    ["2018年3月", 12, 58.32],
    ["12月31日", 11, 47.17],
    // The tightest of 1,084 Japanese and Chinese labels (Intl's years, months, days, hours and
    // weekdays) at 10, 11 and 12 px, 400 and 600: 600's ink a pixel past the advance.
    ["水", 10, 11],
    ["周一", 10, 21],
    ["0时", 10, 16.72],
    ["20時", 12, 25.73],
    ["2018年", 11, 36.17],
  ];
  it("is never short of a label's drawn width (en, ja, ru, zh; 11 and 12 px)", () => {
    const short = measured
      .filter(([text, px, drawn]) => labelWidth(text, px) < drawn)
      .map(
        ([text, px, drawn]) => `${text} at ${px} px: ${labelWidth(text, px).toFixed(2)} < ${drawn}`,
      );
    expect(short).toEqual([]);
  });
  it("counts a CJK character as the 1 em it takes, not two '0's: within 2 px of the drawn label", () => {
    // At 1.16 em "2018年3月" at 12 px was estimated 5.3 px wide of its drawn 58.32.
    const wide = measured.filter(([text]) => /[\u3000-\u9fff]/.test(text));
    expect(wide.length).toBe(7);
    for (const [text, px, drawn] of wide)
      expect(labelWidth(text, px) - drawn, `${text} at ${px} px`).toBeLessThan(2);
  });
  it("stays within 6 px of it, so labels are not thinned for nothing", () => {
    // "март 2018 г." was 11 px over: a space, a point and "т", "г" are narrower than a "0".
    for (const [text, px, drawn] of measured) expect(labelWidth(text, px) - drawn).toBeLessThan(6);
  });
});
