import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import {
  DAY_MS,
  daysInMonth,
  eventInterval,
  formatEventDate,
  isPartialDate,
  parsePartialDate,
  partialDateInterval,
  toIsoDay,
  utc as utcAnyYear,
} from "./dates";

const utc = Date.UTC;

function interval(value: string, approximate = false) {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`test date ${value} does not parse`);
  return partialDateInterval(date, approximate);
}

describe("parsePartialDate", () => {
  it("reads the three precisions", () => {
    expect(parsePartialDate("2018")).toEqual({ year: 2018, precision: "year" });
    expect(parsePartialDate("2018-03")).toEqual({ year: 2018, month: 3, precision: "month" });
    expect(parsePartialDate("2018-03-21")).toEqual({
      year: 2018,
      month: 3,
      day: 21,
      precision: "day",
    });
  });

  it("reads a time of day, in UTC, to the minute", () => {
    expect(parsePartialDate("2018-02-03T14:05")).toEqual({
      year: 2018,
      month: 2,
      day: 3,
      hour: 14,
      minute: 5,
      precision: "minute",
    });
    expect(interval("2018-02-03T14:05")).toEqual({
      start: Date.UTC(2018, 1, 3, 14, 5),
      end: Date.UTC(2018, 1, 3, 14, 6),
    });
    // "c. 14:05" is its hour.
    expect(interval("2018-02-03T14:05", true)).toEqual({
      start: Date.UTC(2018, 1, 3, 14),
      end: Date.UTC(2018, 1, 3, 15),
    });
    expect(formatEventDate({ start: "2018-02-03T00:00" })).toBe("3 February 2018, 00:00 UTC");
  });

  it("knows leap years, including the century rules", () => {
    expect(isPartialDate("2016-02-29")).toBe(true);
    expect(isPartialDate("2000-02-29")).toBe(true);
    expect(isPartialDate("2018-02-29")).toBe(false);
    expect(isPartialDate("1900-02-29")).toBe(false);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2018, 2)).toBe(28);
    expect(daysInMonth(2018, 12)).toBe(31);
  });

  it.each([
    "2018-02-30",
    "2018-04-31",
    "2018-13",
    "2018-00",
    "2018-01-00",
    "2018-13-45",
    "0000",
    "18",
    "2018-3",
    "2018-03-1",
    "21 March 2018",
    "2018-03-21T24:00",
    "2018-03-21T12:60",
    "2018-03-21 12:00",
    "2018-03-21T12:00Z",
    "2018-03-21T12:00:00",
    "2018-02-30T12:00",
    " 2018",
    "",
  ])("rejects %j", (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isPartialDate(value)).toBe(false);
  });
});

describe("partialDateInterval", () => {
  it("makes a year the whole year, leap years included", () => {
    expect(interval("2018")).toEqual({ start: utc(2018, 0, 1), end: utc(2019, 0, 1) });
    const leap = interval("2016");
    expect((leap.end - leap.start) / DAY_MS).toBe(366);
  });

  it("makes a month the whole month", () => {
    expect(interval("2018-03")).toEqual({ start: utc(2018, 2, 1), end: utc(2018, 3, 1) });
    const february = interval("2016-02");
    expect((february.end - february.start) / DAY_MS).toBe(29);
    expect(interval("2016-12")).toEqual({ start: utc(2016, 11, 1), end: utc(2017, 0, 1) });
  });

  it("makes a day one UTC day", () => {
    expect(interval("2018-03-21")).toEqual({ start: utc(2018, 2, 21), end: utc(2018, 2, 22) });
  });

  it("makes an approximate day its third of the month", () => {
    expect(interval("2018-04-15", true)).toEqual({
      start: utc(2018, 3, 11),
      end: utc(2018, 3, 21),
    });
    expect(interval("2018-04-03", true)).toEqual({ start: utc(2018, 3, 1), end: utc(2018, 3, 11) });
    // Late February runs to the end of the month, whatever its length.
    expect(interval("2018-02-25", true)).toEqual({ start: utc(2018, 1, 21), end: utc(2018, 2, 1) });
    expect(interval("2016-02-25", true).end).toBe(utc(2016, 2, 1));
  });
});

describe("time-zone edges", () => {
  it("runs with the zone the test script pins, west of UTC", () => {
    // `npm run test:unit` sets TZ=America/Los_Angeles, where local midnight
    // on 1 January is still 31 December in UTC terms, and vice versa.
    if (process.env.TZ === "America/Los_Angeles") {
      expect(new Date(utc(2018, 0, 1)).getDate()).toBe(31);
    }
  });

  it("keeps 31 December and 1 January on their own sides of the year", () => {
    const newYearsEve = interval("2017-12-31");
    const newYearsDay = interval("2018-01-01");
    expect(toIsoDay(newYearsEve.start)).toBe("2017-12-31");
    expect(newYearsEve.end).toBe(newYearsDay.start);
    expect(toIsoDay(newYearsDay.start)).toBe("2018-01-01");
    expect(new Date(newYearsDay.start).getUTCFullYear()).toBe(2018);
    expect(toIsoDay(interval("2018").start)).toBe("2018-01-01");
    expect(toIsoDay(interval("2018").end - 1)).toBe("2018-12-31");
    expect(toIsoDay(interval("2017-12").end - 1)).toBe("2017-12-31");
  });

  it("formats without a local shift", () => {
    expect(formatEventDate({ start: "2018-01-01" })).toBe("1 January 2018");
    expect(formatEventDate({ start: "2017-12-31" })).toBe("31 December 2017");
    expect(formatEventDate({ start: "2018-01" })).toBe("January 2018");
  });
});

describe("eventInterval", () => {
  it("runs from the start of `start` to the end of `end`", () => {
    expect(eventInterval({ start: "2016-12", end: "2018-03" })).toEqual({
      start: utc(2016, 11, 1),
      end: utc(2018, 3, 1),
    });
    expect(eventInterval({ start: "1945-08", end: "1945-09" })).toEqual({
      start: utc(1945, 7, 1),
      end: utc(1945, 9, 1),
    });
    expect(eventInterval({ start: "2006", end: "2017" })).toEqual({
      start: utc(2006, 0, 1),
      end: utc(2018, 0, 1),
    });
  });

  it("covers the start alone when there is no end", () => {
    expect(eventInterval({ start: "2018-02-07" })).toEqual(interval("2018-02-07"));
    expect(eventInterval({ start: "2018-04-15", approximate: true })).toEqual(
      interval("2018-04-15", true),
    );
  });

  it("throws on a date that is not one", () => {
    expect(() => eventInterval({ start: "2018-13" })).toThrow("invalid date: 2018-13");
    expect(() => eventInterval({ start: "2018", end: "soon" })).toThrow("invalid date: soon");
  });
});

describe("formatEventDate", () => {
  it("shows the precision the date has", () => {
    expect(formatEventDate({ start: "2018" })).toBe("2018");
    expect(formatEventDate({ start: "2018-03" })).toBe("March 2018");
    expect(formatEventDate({ start: "2018-03-21" })).toBe("21 March 2018");
  });

  it("writes approximate days as a third of the month", () => {
    expect(formatEventDate({ start: "2018-04-15", approximate: true })).toBe("c. mid-April 2018");
    expect(formatEventDate({ start: "2018-04-02", approximate: true })).toBe("c. early April 2018");
    expect(formatEventDate({ start: "2018-03-26", approximate: true })).toBe("c. late March 2018");
  });

  it("writes ranges", () => {
    expect(formatEventDate({ start: "2018-02-06", end: "2018-02-07" })).toBe("6–7 February 2018");
    expect(formatEventDate({ start: "2016-12", end: "2018-03" })).toBe(
      "December 2016 – March 2018",
    );
    expect(formatEventDate({ start: "2006", end: "2017" })).toBe("2006 – 2017");
    expect(formatEventDate({ start: "2018-03-30", end: "2018-04-02" })).toBe(
      "30 March 2018 – 2 April 2018",
    );
    expect(formatEventDate({ start: "2018-03", end: "2018-03" })).toBe("March 2018");
  });

  it("shows a broken date as written rather than failing", () => {
    expect(formatEventDate({ start: "2018-13" })).toBe("2018-13");
  });
});

describe("years before 100", () => {
  it("keeps years 1–99 where they are instead of moving them to the 1900s", () => {
    const interval = partialDateInterval({ year: 50, precision: "year" });
    expect(new Date(interval.start).getUTCFullYear()).toBe(50);
    expect(new Date(interval.end).getUTCFullYear()).toBe(51);
    expect(new Date(eventInterval({ start: "0099-12-31" }).start).toISOString()).toBe(
      "0099-12-31T00:00:00.000Z",
    );
  });
});

describe("the fast date readers", () => {
  // The straightforward versions they replace: a regular expression and `Date`.
  function dateUtc(year: number, month: number, day: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    return date.getTime();
  }
  function reference(value: string) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) return null;
    const year = Number(match[1]);
    if (year < 1) return null;
    if (match[2] === undefined) return { year, precision: "year" };
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    if (match[3] === undefined) return { year, month, precision: "month" };
    const day = Number(match[3]);
    const lastDay = new Date(dateUtc(year, month, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return null;
    return { year, month, day, precision: "day" };
  }

  it("read every day, month and year of several centuries as a regular expression and Date do", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    let checked = 0;
    for (const year of [
      1, 4, 99, 100, 1600, 1700, 1899, 1900, 1999, 2000, 2016, 2018, 2100, 9999,
    ]) {
      expect(parsePartialDate(pad(year, 4))).toEqual(reference(pad(year, 4)));
      for (let month = 0; month <= 13; month++) {
        const yearMonth = `${pad(year, 4)}-${pad(month, 2)}`;
        expect(parsePartialDate(yearMonth)).toEqual(reference(yearMonth));
        for (let day = 0; day <= 32; day++) {
          const value = `${yearMonth}-${pad(day, 2)}`;
          expect(parsePartialDate(value)).toEqual(reference(value));
          if (reference(value)) checked++;
        }
      }
    }
    expect(checked).toBe(14 * 365 + 4); // leap years among them: 4, 1600, 2000 and 2016
  });

  it("reject what the regular expression rejects, on random strings near the format", () => {
    const random = mulberry32(7);
    const alphabet = "0123456789--0123456789x /:T\u0660";
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * 12);
      let value = "";
      for (let i = 0; i < length; i++) value += alphabet[Math.floor(random() * alphabet.length)];
      expect(parsePartialDate(value), value).toEqual(reference(value));
    }
  });

  it("give the same UTC times as Date for any year, month and day, overflow included", () => {
    for (const year of [-401, -1, -0.5, 0, 0.5, 1, 50, 99, 99.5, 100, 101, 1970, 2018, 275_000]) {
      for (let month = -13; month <= 25; month += 3) {
        for (const day of [-40, 0, 1, 15, 31, 32, 400]) {
          expect(utcAnyYear(year, month, day)).toBe(dateUtc(year, month, day));
        }
      }
    }
  });
});
