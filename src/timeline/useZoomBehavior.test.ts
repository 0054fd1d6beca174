import { describe, expect, it } from "vitest";
import { doubleTapZooms } from "./useZoomBehavior";

const touch = { clientX: 100, clientY: 40, target: null };
const onMark = (press: { clientX: number }) => press.clientX === 100;

describe("doubleTapZooms", () => {
  it("leaves a double-click of the mouse to zoom", () => {
    expect(doubleTapZooms({ type: "dblclick", timeStamp: 5000 }, 1000, onMark)).toBe(true);
    expect(
      doubleTapZooms({ type: "dblclick", timeStamp: 500 }, Number.NEGATIVE_INFINITY, onMark),
    ).toBe(true);
  });
  it("refuses the browser's dblclick after two taps: d3's own double tap answers them", () => {
    expect(doubleTapZooms({ type: "dblclick", timeStamp: 1020 }, 1000, onMark)).toBe(false);
  });
  it("refuses d3's double tap where the second tap takes a mark, not on empty space", () => {
    const onAMark = { type: "touchend", timeStamp: 1000, changedTouches: [touch] };
    expect(doubleTapZooms(onAMark, 1000, onMark)).toBe(false);
    const empty = {
      type: "touchend",
      timeStamp: 1000,
      changedTouches: [{ ...touch, clientX: 300 }],
    };
    expect(doubleTapZooms(empty, 1000, onMark)).toBe(true);
    expect(doubleTapZooms(onAMark, 1000, undefined)).toBe(true);
  });
  it("lets every other gesture through", () => {
    for (const type of ["wheel", "mousedown", "touchstart"])
      expect(doubleTapZooms({ type, timeStamp: 1010 }, 1000, onMark)).toBe(true);
  });
});
