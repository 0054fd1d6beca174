import { describe, expect, it } from "vitest";
import { clearPadding, clearRect, frameBounds, MIN_SPAN, oneWorldZoom } from "./frame";

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

  it("is cut at both poles for places near both (review 17: latitudes past 90 threw)", () => {
    expect(frameBounds([95, -89.99, 139.27, 86.23])).toEqual([95, -85, 139.27, 85]);
    expect(frameBounds([0, -90, 0, 90])).toEqual([-12, -85, 12, 85]);
  });
});

describe("clearRect", () => {
  // A phone's map strip with an event open (375x667): Places and "Show the islands" at its top,
  // the attribution (44 px on a touch screen) at its foot on the right.
  const strip = [
    { x: 8, y: 8, width: 109, height: 46 },
    { x: 116, y: 8, width: 158, height: 44 },
    { x: 234, y: 25, width: 131, height: 44 },
  ];

  it("is the whole map when nothing lies over it", () => {
    expect(clearRect(390, 300, [])).toEqual({ x: 0, y: 0, width: 390, height: 300 });
  });

  it("is the largest part none of the controls lies on: under the buttons, left of the attribution", () => {
    const clear = clearRect(375, 79, strip);
    expect(clear).toEqual({ x: 0, y: 54, width: 234, height: 25 });
    for (const c of strip)
      expect(
        c.x < clear.x + clear.width &&
          c.x + c.width > clear.x &&
          c.y < clear.y + clear.height &&
          c.y + c.height > clear.y,
      ).toBe(false);
  });

  it("prefers a part tall enough for a circle to a larger sliver (320x568: 14 px under the buttons, not the 8 above)", () => {
    const clear = clearRect(320, 68, [
      { x: 8, y: 8, width: 97, height: 46 },
      { x: 111, y: 8, width: 153, height: 44 },
      { x: 179, y: 44, width: 131, height: 20 },
    ]);
    expect(clear).toEqual({ x: 0, y: 54, width: 179, height: 14 });
  });

  it("ignores what lies outside the map", () => {
    expect(clearRect(200, 100, [{ x: -50, y: 120, width: 400, height: 40 }])).toEqual({
      x: 0,
      y: 0,
      width: 200,
      height: 100,
    });
  });

  it("is empty when the controls cover everything", () => {
    const clear = clearRect(100, 50, [{ x: 0, y: 0, width: 100, height: 50 }]);
    expect(clear.width * clear.height).toBe(0);
  });
});

describe("clearPadding", () => {
  it("pads to the clear part, with room inside it for a circle and its label", () => {
    const padding = clearPadding(375, 79, { x: 0, y: 54, width: 234, height: 25 });
    // The framed centre lies in the clear part, clear of its edges.
    const top = padding.top;
    const bottom = 79 - padding.bottom;
    const left = padding.left;
    const right = 375 - padding.right;
    expect(top).toBeGreaterThan(54);
    expect(bottom).toBeLessThan(79);
    expect(bottom - top).toBeGreaterThanOrEqual(10);
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(234);
    expect(right - left).toBeGreaterThanOrEqual(100);
  });

  it("keeps the whole map's margins when nothing covers it", () => {
    expect(clearPadding(1000, 500, { x: 0, y: 0, width: 1000, height: 500 })).toEqual({
      top: 48,
      bottom: 48,
      left: 110,
      right: 110,
    });
  });
});

describe("oneWorldZoom", () => {
  it("lets a map no wider than the world go out to zoom 0", () => {
    expect(oneWorldZoom(320)).toBe(0);
    expect(oneWorldZoom(512)).toBe(0);
  });

  it("stops a wider map where the world fills its width, one copy of each longitude", () => {
    for (const width of [900, 1024, 2560]) {
      expect(512 * 2 ** oneWorldZoom(width)).toBeCloseTo(width, 6);
    }
  });
});
