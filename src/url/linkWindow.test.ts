import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, decodeUrl } from "./codec";
import { linkWindow, linkWindowBeside } from "./linkWindow";

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fallback = { start: day("2016-06-01"), end: day("2018-06-01") };
const read = (search: string) => decodeUrl(search, { origin: "https://example.org" }).state;

describe("linkWindow", () => {
  it("keeps a window with both bounds as written", () => {
    expect(linkWindow(read("?from=2017-01-01&to=2017-03-31"), fallback)).toEqual({
      start: day("2017-01-01"),
      end: day("2017-04-01"),
    });
  });

  it("starts a window at from alone, as long as the default window", () => {
    expect(linkWindow(read("?from=2010-01-01"), fallback)).toEqual({
      start: day("2010-01-01"),
      end: day("2010-01-01") + (fallback.end - fallback.start),
    });
  });

  it("ends a window at the end of to's day alone, as long as the default window", () => {
    expect(linkWindow(read("?to=2010-12-31"), fallback)).toEqual({
      start: day("2011-01-01") - (fallback.end - fallback.start),
      end: day("2011-01-01"),
    });
  });

  it("gives null for a link without a window", () => {
    expect(linkWindow(DEFAULT_URL_STATE, fallback)).toBeNull();
  });

  describe("with the dataset's extent: where the timeline can go", () => {
    // Events from 1945 to 2018, dated by the day: the timeline's bounds are the extent with 5%
    // of its span on each side (paddedExtent).
    const dataset = {
      extent: { start: day("1945-08-01"), end: day("2018-06-01") },
      starts: [day("1945-08-01")],
      minDuration: DAY,
    };
    const pad = (dataset.extent.end - dataset.extent.start) * 0.05;
    const bounds = { start: dataset.extent.start - pad, end: dataset.extent.end + pad };

    it("opens ?from=0001&to=9999 on the whole story, as Fit all does", () => {
      expect(linkWindow(read("?from=0001&to=9999"), fallback, dataset)).toEqual(bounds);
    });

    it("keeps a window inside as written, slides one past an end back in with its span", () => {
      expect(linkWindow(read("?from=2017-01-01&to=2017-03-31"), fallback, dataset)).toEqual({
        start: day("2017-01-01"),
        end: day("2017-04-01"),
      });
      const over = linkWindow(read("?from=2018-01-01&to=2022-12-31"), fallback, dataset);
      expect(over?.end).toBe(bounds.end);
      expect((over?.end ?? 0) - (over?.start ?? 0)).toBe(day("2023-01-01") - day("2018-01-01"));
    });

    it("opens a window beside the story on its nearest events, a tenth of its span beyond them", () => {
      const year = day("2031-01-01") - day("2030-01-01");
      const late = linkWindow(read("?from=2030-01-01&to=2030-12-31"), fallback, dataset);
      expect(late).toEqual({
        start: dataset.extent.end + year / 10 - year,
        end: dataset.extent.end + year / 10,
      });
      // `?to=1900` (the default window's span, ending in 1900) opened on the empty margin before
      // 1945 (1941–43): now on the first events.
      const early = linkWindow(read("?to=1900"), fallback, dataset);
      const length = fallback.end - fallback.start;
      expect(early).toEqual({
        start: dataset.extent.start - length / 10,
        end: dataset.extent.start - length / 10 + length,
      });
      expect(linkWindowBeside(read("?to=1900"), fallback, dataset)).toBe("before");
      expect(linkWindowBeside(read("?from=2030"), fallback, dataset)).toBe("after");
      expect(linkWindowBeside(read("?from=1900&to=1950"), fallback, dataset)).toBeNull();
      expect(linkWindowBeside(read(""), fallback, dataset)).toBeNull();
    });

    it("widens a window shorter than the zoom's floor around its middle", () => {
      const hour = linkWindow(
        { window: { start: day("2017-01-01"), end: day("2017-01-01") + DAY / 24 }, edge: null },
        fallback,
        dataset,
      );
      expect((hour?.end ?? 0) - (hour?.start ?? 0)).toBe(DAY);
    });

    it("takes in a period that ends after the last event: a window around its band opens whole", () => {
      const withPeriod = {
        ...dataset,
        dataset: { periods: [{ start: "2012-12-26", end: "2030-09-16" }] },
      };
      const asked = read("?from=2029-01-01&to=2030-12-31");
      expect(linkWindow(asked, fallback, withPeriod)).toEqual({
        start: day("2029-01-01"),
        end: day("2031-01-01"),
      });
      // Without the period the same link, beside the events, opens on the last of them.
      expect(linkWindow(asked, fallback, dataset)?.end).toBeLessThan(bounds.end);
      expect(linkWindowBeside(asked, fallback, dataset)).toBe("after");
    });
  });
});
