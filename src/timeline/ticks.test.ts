import { describe, expect, it } from "vitest";
import { timeTicks } from "./ticks";

describe("timeTicks", () => {
  it("labels years across a multi-year window, in UTC", () => {
    const ticks = timeTicks({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2018, 0, 1) }, 800);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.map((t) => t.label)).toContain("2014");
    const t2014 = ticks.find((t) => t.label === "2014");
    expect(t2014?.time).toBe(Date.UTC(2014, 0, 1));
    expect(t2014?.major).toBe(true);
    expect(t2014?.x).toBeCloseTo(400, 0);
  });

  it("labels months and days in shorter windows", () => {
    const months = timeTicks({ start: Date.UTC(2018, 0, 15), end: Date.UTC(2018, 5, 15) }, 600);
    expect(months.map((t) => t.label)).toContain("Mar");
    const days = timeTicks({ start: Date.UTC(2018, 2, 18), end: Date.UTC(2018, 2, 28) }, 900);
    expect(days.map((t) => t.label)).toContain("21 Mar");
  });

  it("labels minutes in a view of an hour, the first with its day", () => {
    const ticks = timeTicks(
      { start: Date.UTC(2018, 1, 3, 14), end: Date.UTC(2018, 1, 3, 15) },
      900,
    ).map((t) => t.label);
    expect(ticks[0]).toBe("3 Feb, 14:00");
    expect(ticks).toContain("14:30");
  });

  it("gives roughly one tick per spacing", () => {
    const window = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2018, 0, 1) };
    expect(timeTicks(window, 390, 90).length).toBeLessThan(timeTicks(window, 1200, 90).length);
  });

  it("gives no ticks for an empty width or window", () => {
    expect(timeTicks({ start: 0, end: 10 }, 0)).toEqual([]);
    expect(timeTicks({ start: 10, end: 10 }, 100)).toEqual([]);
  });

  it("labels months and days in the reader's language", () => {
    const window = { start: Date.UTC(2018, 0, 15), end: Date.UTC(2018, 5, 15) };
    expect(timeTicks(window, 600, 90, "ja").map((t) => t.label)).toContain("3月");
    expect(timeTicks(window, 600, 90, "ru").map((t) => t.label)).toContain("март");
    expect(timeTicks(window, 600, 90, "zh").map((t) => t.label)).toContain("3月");
    const days = { start: Date.UTC(2018, 2, 18), end: Date.UTC(2018, 2, 28) };
    expect(timeTicks(days, 900, 90, "ja").map((t) => t.label)).toContain("3月21日");
    const years = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2018, 0, 1) };
    expect(timeTicks(years, 800, 90, "ja").map((t) => t.label)).toContain("2014");
  });
});
