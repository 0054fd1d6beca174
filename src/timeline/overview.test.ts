import { describe, expect, it } from "vitest";
import { histogramPath, overviewCounts, overviewTicks } from "./overview";
import { timeTicks } from "./ticks";

describe("overviewCounts", () => {
  const starts = Float64Array.from([0, 1, 50, 99, 150]);
  it("counts starts per pixel bin over the bounds, dropping those outside", () => {
    const counts = overviewCounts(starts, null, { start: 0, end: 100 }, 10, 1);
    expect(Array.from(counts)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
  it("honours the filter mask", () => {
    const counts = overviewCounts(
      starts,
      Uint8Array.from([0, 1, 1, 1, 1]),
      { start: 0, end: 100 },
      10,
      1,
    );
    expect(counts[0]).toBe(1);
  });
});

describe("histogramPath", () => {
  it("draws one bar per non-empty bin, the fullest at full height", () => {
    const path = histogramPath(Uint32Array.from([4, 0, 1]), 3, 20);
    expect(path).toBe("M0,20h2v-20h-2ZM6,20h2v-10h-2Z");
  });
  it("is empty without events", () => {
    expect(histogramPath(new Uint32Array(3), 3, 20)).toBe("");
  });
});

describe("overviewTicks", () => {
  // The overview's labels are 10 px; a "0" of its font is 5.7 px (measured in Chromium).
  const px = (label: string) => chars(label) * 5.72;
  const chars = (label: string) =>
    [...label].reduce((n, c) => n + (/[\u3000-\u9fff]/.test(c) ? 2 : 1), 0);
  /** Pairs of neighbouring labels less than 2 px apart, drawn from each tick's x. */
  const running = (ticks: { x: number; label: string }[]) =>
    ticks.flatMap((tick, i) => {
      const next = ticks[i + 1];
      return next && tick.x + px(tick.label) + 2 > next.x ? [`${tick.label} | ${next.label}`] : [];
    });
  // Mid-December 2017 to mid-May 2018 over the overview's 900 px at 1280: d3 gave weekly
  // ticks, 43 px apart, and "11 февр." (41 px) ran into "18 февр.".
  const months = { start: Date.UTC(2017, 11, 14), end: Date.UTC(2018, 4, 16) };
  const autumn = { start: Date.UTC(2018, 5, 20), end: Date.UTC(2018, 11, 10) };
  const decades = { start: Date.UTC(1943, 0, 1), end: Date.UTC(2020, 0, 1) };

  it("ran into each other in Russian when ticks were only spaced for 70 px", () => {
    expect(running(timeTicks(months, 900, 70, "ru")).length).toBeGreaterThan(0);
  });
  for (const lang of ["en", "ja", "ru", "zh"] as const)
    for (const [name, bounds] of Object.entries({ months, autumn, decades }))
      for (const width of [300, 600, 900, 1200])
        it(`leaves room between labels: ${lang}, ${name}, ${width} px`, () => {
          const ticks = overviewTicks(bounds, width, lang);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(running(ticks)).toEqual([]);
          for (const tick of ticks) expect(tick.x + px(tick.label)).toBeLessThanOrEqual(width);
        });
  it("keeps a regular step, and English's weekly ticks where they fit", () => {
    const ru = overviewTicks(months, 900, "ru");
    const steps = new Set(ru.slice(1).map((tick, i) => tick.time - (ru[i]?.time ?? 0)));
    // One step throughout, or the first of each month (months of 28 to 31 days).
    const monthly = ru.every((tick) => new Date(tick.time).getUTCDate() === 1);
    expect(monthly || steps.size === 1).toBe(true);
    expect(overviewTicks(months, 900, "en").map((tick) => tick.label)).toEqual(
      timeTicks(months, 900, 70, "en")
        .filter((tick) => tick.x + px(tick.label) <= 900)
        .map((tick) => tick.label),
    );
  });
});
