import { describe, expect, it } from "vitest";
import { frameBounds, MIN_SPAN } from "./frame";

describe("frameBounds", () => {
  it("frames one place with its surroundings, centred on it", () => {
    const moscow = frameBounds([37.62, 55.75, 37.62, 55.75]);
    expect(moscow[2] - moscow[0]).toBeCloseTo(MIN_SPAN[0]);
    expect(moscow[3] - moscow[1]).toBeCloseTo(MIN_SPAN[1]);
    expect((moscow[0] + moscow[2]) / 2).toBeCloseTo(37.62);
    expect((moscow[1] + moscow[3]) / 2).toBeCloseTo(55.75);
    // Belarus (west of 32.8° E) is in the frame.
    expect(moscow[0]).toBeLessThan(32);
  });

  it("leaves a frame that is already wide and high as it is", () => {
    expect(frameBounds([-122, 21, 148, 56])).toEqual([-122, 21, 148, 56]);
  });

  it("grows only the side that is too small", () => {
    const [w, s, e, n] = frameBounds([100, 40, 140, 41]);
    expect([w, e]).toEqual([100, 140]);
    expect(n - s).toBeCloseTo(MIN_SPAN[1]);
  });

  it("stays short of the poles", () => {
    const [, s, , n] = frameBounds([0, 84, 1, 84]);
    expect(n).toBe(85);
    expect(n - s).toBeCloseTo(MIN_SPAN[1]);
  });
});
