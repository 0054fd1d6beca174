import { describe, expect, it } from "vitest";
import { labelWidth } from "./chWidth";
import { type AxisLabel, axisLabels, type Tick, timeTicks } from "./ticks";

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

  it("gives no tick before year 1, which the timeline never shows: no year labelled 0", () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const ticks = timeTicks({ start: year(-3), end: year(40) }, 800);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.map((tick) => tick.label)).not.toContain("0");
    expect(ticks.every((tick) => tick.time >= year(1))).toBe(true);
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

describe("axisLabels", () => {
  const FONT_PX = 11;
  const room = (text: string) => labelWidth(text, FONT_PX);
  /** Labels whose estimated box crosses 0 or `width`. */
  const cut = (labels: { text: string; x: number }[], width: number) =>
    labels.filter((label) => label.x < 0 || label.x + room(label.text) > width).map((l) => l.text);
  const tick = (x: number, label: string): Tick => ({ time: 0, x, label, major: false });
  // The detail view at 1280 is 757 px wide; mid-January to 24 April 2018 gives weekly ticks,
  // the last "22 апр." at 734.5 px, drawn from 737.5 to 775 (18 px past the edge).
  const april = { start: Date.UTC(2018, 0, 14), end: Date.UTC(2018, 3, 24) };
  const windows = {
    april,
    months: { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 4, 31) },
    years: { start: Date.UTC(2016, 8, 20), end: Date.UTC(2018, 6, 2) },
    days: { start: Date.UTC(2018, 2, 18), end: Date.UTC(2018, 2, 29, 20) },
    hours: { start: Date.UTC(2018, 1, 3, 13, 50), end: Date.UTC(2018, 1, 3, 21, 55) },
  };

  it("ran past the right edge when every label started at its tick", () => {
    const ticks = timeTicks(april, 757, 100, "ru");
    expect(ticks.at(-1)?.label).toBe("22 апр.");
    const atTicks = ticks.map((t) => ({ text: t.label, x: t.x + 3 }));
    expect(cut(atTicks, 757)).toEqual(["22 апр."]);
    expect(cut(axisLabels(ticks, 757, FONT_PX), 757)).toEqual([]);
  });

  for (const lang of ["en", "ja", "ru", "zh"] as const)
    for (const [name, window] of Object.entries(windows))
      for (const width of [358, 757, 1000])
        it(`keeps every label inside the axis: ${lang}, ${name}, ${width} px`, () => {
          const ticks = timeTicks(window, width, 100, lang);
          const labels = axisLabels(ticks, width, FONT_PX);
          expect(labels.length).toBeGreaterThanOrEqual(2);
          expect(cut(labels, width)).toEqual([]);
          // Each label is its tick's, in order: at the tick, or moved in with the tick under its first half.
          let from = 0;
          for (const label of labels) {
            const i = ticks.findIndex((t, j) => j >= from && t.label === label.text);
            const own = ticks[i];
            expect(own).toBeDefined();
            from = i + 1;
            if (!own || label.x === own.x + 3) continue;
            expect(own.x).toBeGreaterThanOrEqual(label.x - 3);
            expect(own.x).toBeLessThanOrEqual(label.x + room(label.text) / 2);
          }
        });

  it("leaves the labels inside the axis where they were", () => {
    // In English weekly labels 54 px apart have room; the last, "22 Apr", would cross the edge.
    const ticks = timeTicks(april, 757, 100, "en");
    const labels = axisLabels(ticks, 757, FONT_PX);
    expect(labels.map((label) => label.text)).toEqual(ticks.slice(0, -1).map((t) => t.label));
    expect(labels.map((label) => label.x)).toEqual(ticks.slice(0, -1).map((t) => t.x + 3));
  });

  it("moves a label in from the right edge while its tick stays under its first half", () => {
    // "май" is 24 px: at 740 it would end at 767; moved to 733, its tick 7 px into it.
    const [moved] = axisLabels([tick(740, "май")], 757, FONT_PX);
    expect(moved?.x).toBeCloseTo(757 - room("май"), 6);
    // At 756 its tick would lie past the label's middle: left out.
    expect(axisLabels([tick(756, "май")], 757, FONT_PX)).toEqual([]);
  });

  it("leaves out a label that moving in would put over the one before", () => {
    const before = tick(700, "15 апр.");
    const labels = axisLabels([before, tick(735, "22 апр.")], 757, FONT_PX);
    expect(labels.map((label) => label.text)).toEqual(["15 апр."]);
  });

  it("starts a label right of a tick on the left edge, and leaves out one whose tick is not in view", () => {
    expect(axisLabels([tick(0, "2018")], 757, FONT_PX)).toEqual([
      { text: "2018", x: 3, major: false },
    ]);
    expect(axisLabels([tick(-5, "2018")], 757, FONT_PX)).toEqual([]);
  });

  it("leaves out a label wider than the axis", () => {
    expect(axisLabels([tick(0, "3 Feb, 14:00")], 40, FONT_PX)).toEqual([]);
  });

  /** Free px between each label and the next, by the estimate the axis lays them out with. */
  const gaps = (labels: { text: string; x: number }[]) =>
    labels.slice(1).map((label, i) => {
      const before = labels[i];
      return before ? label.x - before.x - room(before.text) : 0;
    });
  const DAY = 24 * 3600 * 1000;
  /** From six hours to seven decades, each ending in 2018 (the flagship's years). */
  const spans = [0.25, 1, 4, 14, 55, 100, 150, 240, 365, 730, 1826, 4383, 26_663];
  // The flagship's view on a phone in Russian: weekly ticks 45 px apart, "11 февр." (51 px by
  // the estimate, 45 drawn) 3.3 px from "18 февр.".
  const february = { start: Date.UTC(2018, 0, 14), end: Date.UTC(2018, 2, 10) };

  it("labels every other week where weekly labels would run together (a phone in Russian)", () => {
    const ticks = timeTicks(february, 358, 80, "ru");
    expect(ticks.map((t) => t.label)).toContain("18 февр.");
    const labels = axisLabels(ticks, 358, FONT_PX);
    expect(labels.map((label) => label.text)).toEqual([
      "14 янв.",
      "28 янв.",
      "11 февр.",
      "25 февр.",
    ]);
    expect(Math.min(...gaps(labels))).toBeGreaterThanOrEqual(6);
  });

  for (const lang of ["en", "ja", "ru", "zh"] as const)
    it(`keeps 6 px between labels from hours to decades, 320 to 1400 px: ${lang}`, () => {
      const close: string[] = [];
      for (let width = 320; width <= 1400; width += 60)
        for (const days of spans)
          for (const spacing of [80, 100]) {
            const window = { start: Date.UTC(2018, 3, 2) - days * DAY, end: Date.UTC(2018, 3, 2) };
            const labels = axisLabels(timeTicks(window, width, spacing, lang), width, FONT_PX);
            if (labels.length === 0) close.push(`${width} px, ${days} days: no label`);
            gaps(labels).forEach((gap, i) => {
              if (gap < 6)
                close.push(`${width} px, ${days} days: ${labels[i]?.text}|${labels[i + 1]?.text}`);
            });
          }
      expect(close).toEqual([]);
    });

  it("keeps the labels on the same ticks while the view pans", () => {
    const labelled = (shift: number) =>
      axisLabels(
        timeTicks({ start: february.start + shift, end: february.end + shift }, 358, 80, "ru"),
        358,
        FONT_PX,
      ).map((label) => label.text);
    // A week on, the first tick is 21 Jan, which had no label, and still has none.
    expect(labelled(7 * DAY)).toEqual(["28 янв.", "11 февр.", "25 февр.", "11 мар."]);
    expect(labelled(3 * DAY)).toEqual(["28 янв.", "11 февр.", "25 февр."]);
  });

  it("keeps the first label where it names the day, on a tick the others skip", () => {
    const window = { start: Date.UTC(2018, 1, 3, 13), end: Date.UTC(2018, 1, 4, 1) };
    const ticks = timeTicks(window, 560, 80, "ru");
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(["3 февр., 13:00", "14:00", "15:00"]);
    const labels = axisLabels(ticks, 560, FONT_PX).map((label) => label.text);
    // 14:00 would come too near the first label; from 16:00 even hours have one.
    expect(labels).toEqual(["3 февр., 13:00", "16:00", "18:00", "20:00", "22:00", "4 февр."]);
  });

  /** 3 where a year begins, 2 a month, 1 a day, else 0: the unit a tick's label names. */
  const unit = (time: number) => {
    const date = new Date(time);
    if (time % DAY) return 0;
    if (date.getUTCDate() > 1) return 1;
    return date.getUTCMonth() ? 2 : 3;
  };
  /**
   * Labels that follow a new day (month, year) whose tick lost its label, with no label naming it
   * between: "3 февр., 18:00 | 06:00" reads 06:00 as on 3 February.
   */
  const unnamed = (ticks: readonly Tick[], labels: readonly AxisLabel[]) => {
    const least = Math.min(...ticks.map((t) => unit(t.time)));
    const labelled = new Set(
      labels.map(
        (label) =>
          ticks.find(
            (t) =>
              t.label === label.text &&
              t.x >= label.x - 3.001 &&
              t.x <= label.x + room(label.text) / 2,
          )?.time,
      ),
    );
    const wrong: string[] = [];
    let pending = 0;
    let dropped = "";
    for (const t of ticks) {
      const named = unit(t.time) > least ? unit(t.time) : 0;
      if (!labelled.has(t.time)) {
        if (named > pending) [pending, dropped] = [named, t.label];
      } else if (named >= pending) pending = 0;
      else wrong.push(`${dropped} unlabelled before ${t.label}`);
    }
    return wrong;
  };

  it("keeps a new day's label over the first's that names the day before", () => {
    const window = { start: Date.UTC(2018, 1, 3, 17), end: Date.UTC(2018, 1, 5, 1) };
    const ticks = timeTicks(window, 360, 80, "en");
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(["3 Feb, 18:00", "4 Feb", "06:00"]);
    const labels = axisLabels(ticks, 360, FONT_PX);
    // Was "3 Feb, 18:00 | 06:00 | 12:00 | 18:00": 06:00 read as on 3 February.
    expect(labels.map((label) => label.text)).toEqual(["4 Feb", "06:00", "12:00", "18:00"]);
    expect(unnamed(ticks, labels)).toEqual([]);
  });

  it("keeps a new month's label where every other tick has one (a phone in Russian)", () => {
    const window = { start: Date.UTC(2018, 2, 26, 7), end: Date.UTC(2018, 3, 9, 7) };
    const labels = axisLabels(timeTicks(window, 320, 80, "ru"), 320, FONT_PX);
    // Was "30 мар. | 3 апр. | 7 апр.", the bold "апр." of 1 April left out.
    expect(labels.map((label) => label.text)).toEqual(["апр.", "3 апр.", "7 апр."]);
    expect(labels[0]?.major).toBe(true);
  });

  for (const lang of ["en", "ja", "ru", "zh"] as const)
    it(`keeps the label of a new day, month or year before the labels after it: ${lang}`, () => {
      const wrong: string[] = [];
      for (let width = 320; width <= 1400; width += 60)
        for (const days of spans)
          for (const end of [Date.UTC(2018, 3, 2), Date.UTC(2018, 3, 9, 7), Date.UTC(2018, 6, 20)])
            for (const spacing of [80, 100]) {
              const window = { start: end - days * DAY, end };
              const ticks = timeTicks(window, width, spacing, lang);
              const labels = axisLabels(ticks, width, FONT_PX);
              for (const problem of unnamed(ticks, labels))
                wrong.push(
                  `${width} px, ${days} days to ${new Date(end).toISOString()}: ${problem}`,
                );
              gaps(labels).forEach((gap, i) => {
                if (gap < 6) wrong.push(`${width} px: ${labels[i]?.text}|${labels[i + 1]?.text}`);
              });
            }
      expect(wrong.slice(0, 12)).toEqual([]);
      expect(wrong).toHaveLength(0);
    });
  /**
   * The view's first label where it is a bare hour (in a view of hours) or month (of months) on
   * a tick other than the first: "22:00 | 4 Feb" leaves the view's left part without its day.
   */
  const bareFirst = (ticks: readonly Tick[], labels: readonly AxisLabel[]) => {
    const least = Math.min(...ticks.map((t) => unit(t.time)));
    const first = labels[0];
    const i = ticks.findIndex(
      (t) =>
        t.label === first?.text && t.x >= first.x - 3.001 && t.x <= first.x + room(first.text) / 2,
    );
    return i > 0 && unit(ticks[i]?.time ?? 0) === least && (least === 0 || least === 2)
      ? first?.text
      : undefined;
  };

  it("leaves out a bare hour before a new day's label: that one comes first", () => {
    // Ticks every 2 hours from 3 Feb 20:00 on a phone in Russian: the first tick's "3 февр.,
    // 20:00" and "4 февр." do not both fit, and 22:00 was left first, with no day.
    const window = { start: Date.UTC(2018, 1, 3, 20, 30), end: Date.UTC(2018, 1, 4, 8, 30) };
    const ticks = timeTicks(window, 320, 40, "ru");
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(["3 февр., 21:00", "22:00", "23:00"]);
    const labels = axisLabels(ticks, 320, FONT_PX);
    expect(labels.map((label) => label.text)).toEqual(["4 февр.", "02:00", "04:00", "06:00"]);
    expect(bareFirst(ticks, labels)).toBeUndefined();
  });

  for (const lang of ["en", "ja", "ru", "zh"] as const)
    it(`starts the view's labels with one that names its day or year: ${lang}`, () => {
      const wrong: string[] = [];
      for (let width = 320; width <= 1400; width += 90)
        for (const hours of [6, 12, 30, 60, 100, 24 * 400, 24 * 3000])
          for (
            let start = Date.UTC(2018, 1, 3, 0, 30);
            start < Date.UTC(2018, 1, 4);
            start += 5 * 3600_000
          )
            for (const spacing of [40, 80, 100]) {
              const window = { start, end: start + hours * 3600_000 };
              const ticks = timeTicks(window, width, spacing, lang);
              const labels = axisLabels(ticks, width, FONT_PX);
              const bare = bareFirst(ticks, labels);
              const at = `${width} px, ${hours} h from ${new Date(start).toISOString()}, ${spacing}`;
              if (bare) wrong.push(`${at}: "${bare}" first`);
              if (labels.length === 0) wrong.push(`${at}: no label`);
              for (const problem of unnamed(ticks, labels)) wrong.push(`${at}: ${problem}`);
              gaps(labels).forEach((gap, i) => {
                if (gap < 6) wrong.push(`${at}: ${labels[i]?.text}|${labels[i + 1]?.text}`);
              });
            }
      expect(wrong.slice(0, 12)).toEqual([]);
      expect(wrong).toHaveLength(0);
    });
});
