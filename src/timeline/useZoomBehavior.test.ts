import { describe, expect, it } from "vitest";
import { doubleTapZooms } from "./useZoomBehavior";

const touch = { clientX: 100, clientY: 40, target: null };
const onMark = (press: { clientX: number }) => press.clientX === 100;

describe("doubleTapZooms", () => {
  it("leaves a double-click of the mouse or a pen to zoom", () => {
    expect(doubleTapZooms({ type: "dblclick" }, "mouse", onMark)).toBe(true);
    expect(doubleTapZooms({ type: "dblclick" }, "pen", onMark)).toBe(true);
    expect(doubleTapZooms({ type: "dblclick" }, "", onMark)).toBe(true);
  });
  it("refuses the browser's dblclick after two taps: d3's own double tap answers them", () => {
    expect(doubleTapZooms({ type: "dblclick" }, "touch", onMark)).toBe(false);
  });
  it("leaves a mouse's double-click right after a touch to zoom (a touch-screen laptop)", () => {
    // Was refused for a second after any touch: 20 ms after a tap the mouse's double-click did nothing.
    expect(doubleTapZooms({ type: "dblclick" }, "mouse", onMark)).toBe(true);
  });
  it("refuses d3's double tap where the second tap takes a mark, not on empty space", () => {
    const onAMark = { type: "touchend", changedTouches: [touch] };
    expect(doubleTapZooms(onAMark, "touch", onMark)).toBe(false);
    const empty = { type: "touchend", changedTouches: [{ ...touch, clientX: 300 }] };
    expect(doubleTapZooms(empty, "touch", onMark)).toBe(true);
    expect(doubleTapZooms(onAMark, "touch", undefined)).toBe(true);
  });
  it("lets every other gesture through", () => {
    for (const type of ["wheel", "mousedown", "touchstart"])
      expect(doubleTapZooms({ type }, "touch", onMark)).toBe(true);
  });
});
