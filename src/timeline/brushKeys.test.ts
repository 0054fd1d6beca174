import { describe, expect, it } from "vitest";
import { brushKeyWindow, brushValue } from "./brushKeys";

const bounds = { start: 0, end: 1000 };
const window = { start: 400, end: 500 };

describe("brushKeyWindow", () => {
  it("moves the window by a tenth of its span on an arrow, later on → and ↑", () => {
    expect(brushKeyWindow("ArrowRight", false, window, bounds)).toEqual({ start: 410, end: 510 });
    expect(brushKeyWindow("ArrowUp", false, window, bounds)).toEqual({ start: 410, end: 510 });
    expect(brushKeyWindow("ArrowLeft", false, window, bounds)).toEqual({ start: 390, end: 490 });
    expect(brushKeyWindow("ArrowDown", false, window, bounds)).toEqual({ start: 390, end: 490 });
  });
  it("moves it by its whole span with Shift or Page Up / Page Down", () => {
    expect(brushKeyWindow("ArrowRight", true, window, bounds)).toEqual({ start: 500, end: 600 });
    expect(brushKeyWindow("ArrowLeft", true, window, bounds)).toEqual({ start: 300, end: 400 });
    expect(brushKeyWindow("PageUp", false, window, bounds)).toEqual({ start: 500, end: 600 });
    expect(brushKeyWindow("PageDown", false, window, bounds)).toEqual({ start: 300, end: 400 });
  });
  it("goes to the start and the end with Home and End, keeping the span", () => {
    expect(brushKeyWindow("Home", false, window, bounds)).toEqual({ start: 0, end: 100 });
    expect(brushKeyWindow("End", false, window, bounds)).toEqual({ start: 900, end: 1000 });
  });
  it("stops at the bounds", () => {
    const last = { start: 880, end: 980 };
    expect(brushKeyWindow("ArrowRight", true, last, bounds)).toEqual({ start: 900, end: 1000 });
    expect(brushKeyWindow("ArrowLeft", false, { start: 5, end: 105 }, bounds)).toEqual({
      start: 0,
      end: 100,
    });
  });
  it("leaves other keys alone", () => {
    expect(brushKeyWindow("Enter", false, window, bounds)).toBeNull();
    expect(brushKeyWindow("a", true, window, bounds)).toBeNull();
  });
});

describe("brushValue", () => {
  it("is the window's start, between the first and the last start the window can take", () => {
    expect(brushValue(window, bounds)).toEqual({ min: 0, max: 900, now: 400 });
  });
  it("has nowhere to go when the window is the whole overview", () => {
    expect(brushValue({ start: -10, end: 1010 }, bounds)).toEqual({ min: 0, max: 0, now: 0 });
  });
});
