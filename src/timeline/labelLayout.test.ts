import { describe, expect, it } from "vitest";
import { estimateLabelWidth } from "./labelLayout";

describe("estimateLabelWidth", () => {
  it("grows with the text and stops at the maximum", () => {
    expect(estimateLabelWidth("Lavrov arrives")).toBeLessThan(
      estimateLabelWidth("Lavrov arrives in Tokyo"),
    );
    expect(estimateLabelWidth("x".repeat(500), 12, 200)).toBe(200);
  });

  it("gives a CJK character one em, as Noto Sans JP and SC draw it, and others 0.55", () => {
    // "安倍首相とプーチン大統領、20回の会談": 17 wide characters and two digits, drawn 200 px at
    // 12 px; at 0.55 em each it was given 130.
    const title = "安倍首相とプーチン大統領、20回の会談";
    expect(estimateLabelWidth(title, 12, 240)).toBeGreaterThanOrEqual(200);
    expect(estimateLabelWidth("ロシア", 12)).toBe(Math.ceil(3 * 1.02 * 12) + 4);
    // Latin and Cyrillic keep the figure they always had.
    expect(estimateLabelWidth("Lavrov arrives in Tokyo", 12)).toBe(Math.ceil(23 * 12 * 0.55) + 4);
    expect(estimateLabelWidth("Лавров прибывает", 12)).toBe(Math.ceil(16 * 12 * 0.55) + 4);
  });

  it("adds the reader's letter-spacing after each character and word-spacing at each space", () => {
    // WCAG 1.4.12's override at 11 px: "United Kingdom" drew 20.2 px wider (14 × 1.32 + 1.76).
    const plain = estimateLabelWidth("United Kingdom", 11, 400);
    expect(estimateLabelWidth("United Kingdom", 11, 400, 0, 0)).toBe(plain);
    expect(estimateLabelWidth("United Kingdom", 11, 400, 0.12, 0.16)).toBe(
      Math.ceil(14 * 11 * 0.55 + (14 * 0.12 + 0.16) * 11) + 4,
    );
    expect(estimateLabelWidth("ロシア", 12, 200, 0.12, 0.16)).toBe(
      Math.ceil(3 * (1.02 + 0.12) * 12) + 4,
    );
    expect(estimateLabelWidth("x".repeat(500), 12, 200, 0.12, 0.16)).toBe(200);
  });
});
