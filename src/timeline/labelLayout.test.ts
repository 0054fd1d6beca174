import { describe, expect, it } from "vitest";
import { estimateLabelWidth } from "./labelLayout";

describe("estimateLabelWidth", () => {
  it("grows with the text and stops at the maximum", () => {
    expect(estimateLabelWidth("Lavrov arrives")).toBeLessThan(
      estimateLabelWidth("Lavrov arrives in Tokyo"),
    );
    expect(estimateLabelWidth("x".repeat(500), 12, 200)).toBe(200);
  });
});
