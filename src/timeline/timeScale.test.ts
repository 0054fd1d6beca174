import { describe, expect, it } from "vitest";
import { DAY_MS } from "../data/dates";
import { sameWindow } from "../data/timeWindow";
import { timeToX, transformToWindow, windowToTransform, xToTime, zoomWindow } from "./timeScale";

const w = { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 0, 11) };

describe("time ↔ x", () => {
  it("maps the window onto [0, width] and back", () => {
    expect(timeToX(w, 1000, w.start)).toBe(0);
    expect(timeToX(w, 1000, w.end)).toBe(1000);
    expect(timeToX(w, 1000, w.start + 5 * DAY_MS)).toBe(500);
    expect(xToTime(w, 1000, 250)).toBe(w.start + 2.5 * DAY_MS);
  });
});

describe("zoomWindow", () => {
  it("keeps the anchor at the same pixel", () => {
    const anchor = w.start + 2 * DAY_MS;
    const zoomed = zoomWindow(w, 2, anchor);
    expect(zoomed.end - zoomed.start).toBe(5 * DAY_MS);
    expect(timeToX(zoomed, 1000, anchor)).toBeCloseTo(timeToX(w, 1000, anchor));
  });
});

describe("d3-zoom transforms", () => {
  it("round-trips a window through a transform", () => {
    const bounds = { start: Date.UTC(1940, 0, 1), end: Date.UTC(2020, 0, 1) };
    const t = windowToTransform(w, bounds, 800);
    expect(t.k).toBeGreaterThan(1);
    expect(sameWindow(transformToWindow(t, bounds, 800), w)).toBe(true);
  });
  it("the identity transform shows the bounds", () => {
    const bounds = { start: 0, end: 1e9 };
    expect(transformToWindow({ k: 1, x: 0 }, bounds, 500)).toEqual(bounds);
  });
});
