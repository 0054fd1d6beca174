import { describe, expect, it } from "vitest";
import { encodeWindow } from "../url/codec";
import { DAY_MS, isPartialDate, utc } from "./dates";
import {
  clampWindow,
  DATED,
  fittedExtent,
  paddedExtent,
  sameWindow,
  windowShowing,
} from "./timeWindow";

const w = { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 0, 11) };

describe("clampWindow", () => {
  const bounds = { start: 0, end: 100 * DAY_MS };
  it("slides a window back inside the bounds, keeping its span", () => {
    expect(clampWindow({ start: -5 * DAY_MS, end: 5 * DAY_MS }, bounds)).toEqual({
      start: 0,
      end: 10 * DAY_MS,
    });
    expect(clampWindow({ start: 95 * DAY_MS, end: 105 * DAY_MS }, bounds)).toEqual({
      start: 90 * DAY_MS,
      end: 100 * DAY_MS,
    });
  });
  it("never zooms in beyond a day, around the window's middle", () => {
    expect(clampWindow({ start: 10 * DAY_MS, end: 10 * DAY_MS + 1000 }, bounds)).toEqual({
      start: 10 * DAY_MS + 500 - DAY_MS / 2,
      end: 10 * DAY_MS + 500 + DAY_MS / 2,
    });
  });
  it("never zooms out beyond the bounds", () => {
    expect(clampWindow({ start: -DAY_MS * 1000, end: DAY_MS * 1000 }, bounds)).toEqual(bounds);
  });
});

describe("paddedExtent", () => {
  it("pads by 5% of the span, at least 30 days around a day", () => {
    expect(paddedExtent({ start: 0, end: 1000 * DAY_MS })).toEqual({
      start: -50 * DAY_MS,
      end: 1050 * DAY_MS,
    });
    expect(paddedExtent({ start: 0, end: DAY_MS })).toEqual({
      start: -30 * DAY_MS,
      end: 31 * DAY_MS,
    });
  });
  it("pads a week of data by half a week, not a month", () => {
    expect(paddedExtent({ start: 0, end: 8 * DAY_MS })).toEqual({
      start: -4 * DAY_MS,
      end: 12 * DAY_MS,
    });
    expect(paddedExtent({ start: 0, end: 100 * DAY_MS })).toEqual({
      start: -30 * DAY_MS,
      end: 130 * DAY_MS,
    });
  });
  it("stays within the years a date is written in, 0001 to 9999 (review 17)", () => {
    const bounds = paddedExtent({ start: utc(33, 3, 3), end: utc(2000) });
    expect(bounds.start).toBe(DATED.start);
    expect(paddedExtent({ start: utc(9999, 11, 31), end: utc(10_000) }).end).toBe(DATED.end);
    // A window kept inside them is written as dates a link reads back.
    const window = clampWindow({ start: utc(-29, 8), end: utc(1324, 8, 9) }, bounds);
    const { from, to } = encodeWindow(window);
    expect(from).toBe("0001-01-01");
    expect([isPartialDate(from), isPartialDate(to)]).toEqual([true, true]);
    const late = clampWindow(
      { start: utc(9990), end: utc(10_001) },
      paddedExtent({ start: utc(9000), end: utc(9999, 11, 31) }),
    );
    expect(encodeWindow(late).to).toBe("9999-12-31");
  });
});

describe("fittedExtent", () => {
  it("pads by 5% of the span, not by a month", () => {
    expect(fittedExtent({ start: 0, end: 20 * DAY_MS })).toEqual({
      start: -DAY_MS,
      end: 21 * DAY_MS,
    });
  });
  it("is a day around an instant", () => {
    expect(fittedExtent({ start: 10 * DAY_MS, end: 10 * DAY_MS })).toEqual({
      start: 9.5 * DAY_MS,
      end: 10.5 * DAY_MS,
    });
  });
});

describe("windowShowing", () => {
  it("leaves a window that already shows the target", () => {
    expect(windowShowing(w, { start: w.start + DAY_MS, end: w.start + 2 * DAY_MS })).toBe(w);
  });
  it("pans forward just enough to show a later target with a margin", () => {
    const target = { start: w.end + 3 * DAY_MS, end: w.end + 4 * DAY_MS };
    const moved = windowShowing(w, target);
    expect(moved.end - moved.start).toBe(w.end - w.start);
    expect(moved.end).toBe(target.end + DAY_MS);
  });
  it("pans back to show an earlier target's start", () => {
    const moved = windowShowing(w, { start: w.start - 30 * DAY_MS, end: w.start - 29 * DAY_MS });
    expect(moved.start).toBe(w.start - 31 * DAY_MS);
  });
});

describe("sameWindow", () => {
  it("forgives a millisecond of floating point, not more", () => {
    expect(sameWindow(w, { start: w.start + 1, end: w.end - 1 })).toBe(true);
    expect(sameWindow(w, { start: w.start + 2, end: w.end })).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(w, null)).toBe(false);
  });
});
