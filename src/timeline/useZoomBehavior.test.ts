import { describe, expect, it } from "vitest";
import { pannedWindow } from "./oneFingerPan";
import { doubleTapZooms, leftToThePage } from "./useZoomBehavior";

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

describe("an embed's gestures", () => {
  it("leave a plain wheel and one finger to the host page, and zoom with Ctrl, ⌘ or two fingers", () => {
    expect(leftToThePage({ type: "wheel" })).toBe(true);
    expect(leftToThePage({ type: "wheel", ctrlKey: true })).toBe(false);
    expect(leftToThePage({ type: "wheel", metaKey: true })).toBe(false);
    expect(leftToThePage({ type: "touchstart", touches: [{}] })).toBe(true);
    expect(leftToThePage({ type: "touchstart", touches: [{}, {}] })).toBe(false);
    expect(leftToThePage({ type: "mousedown" })).toBe(false);
  });

  it("pan sideways by the finger's share of the view: rightwards is earlier", () => {
    const start = { start: 1000, end: 2000 };
    expect(pannedWindow(start, 50, 500)).toEqual({ start: 900, end: 1900 });
    expect(pannedWindow(start, -250, 500)).toEqual({ start: 1500, end: 2500 });
  });
});
