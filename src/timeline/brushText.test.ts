import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, utc } from "../data/dates";
import { i18n, loadLanguage } from "../i18n/i18n";
import { LANGUAGES } from "../i18n/languages";
import { brushValueText, extentEnds, readsInTimes } from "./brushText";

beforeAll(async () => {
  await Promise.all([loadLanguage("ja"), loadLanguage("ru"), loadLanguage("zh")]);
});

const at = (day: number, hour: number, minute = 0) =>
  utc(2018, 3, day) + hour * HOUR_MS + minute * 60_000;

describe("readsInTimes", () => {
  it("reads a window under two days in times, a longer one in days", () => {
    expect(readsInTimes({ start: at(1, 9), end: at(1, 15) })).toBe(true);
    expect(readsInTimes({ start: at(1, 0), end: at(2, 0) })).toBe(true);
    expect(readsInTimes({ start: at(1, 12), end: at(3, 11) })).toBe(true);
    expect(readsInTimes({ start: at(1, 0), end: at(1, 0) + 2 * DAY_MS })).toBe(false);
    expect(readsInTimes({ start: utc(1945, 7, 1), end: utc(2018, 11, 31) })).toBe(false);
  });
});

describe("brushValueText", () => {
  const hours = { start: at(1, 9), end: at(1, 15) };
  it("gives a window of hours its times, the day once, not the same day twice", () => {
    expect(brushValueText(hours, "en")).toBe("1 April 2018, 09:00–15:00 UTC");
    // Intl puts a narrow no-break space before "г." here.
    expect(brushValueText(hours, "ru")).toMatch(/^1 апреля 2018\sг\., 09:00–15:00 UTC$/);
    // Intl's own forms of a range of times in Japanese and Chinese (2018/4/1 9時00分～15時00分(UTC)).
    for (const lang of ["ja", "zh"] as const) {
      const text = brushValueText(hours, lang);
      expect(text).toMatch(/^2018\D4\D1/);
      expect(text).toMatch(/0?9(:|時)00/);
      expect(text).toMatch(/15(:|時)00/);
      expect(text).toContain("UTC");
      expect(text.match(/2018/g)).toHaveLength(1);
    }
  });
  it("writes both days of a window across midnight, to the nearest minute", () => {
    const night = { start: at(1, 22, 0) + 20_000, end: at(2, 10, 30) - 10_000 };
    const en = brushValueText(night, "en");
    expect(en).toMatch(/^1 April 2018.* 22:00 .*2 April 2018.* 10:30 UTC$/);
  });
  it("keeps days for a longer window, its last day the one before its end", () => {
    const days = { start: utc(2018, 3, 1), end: utc(2018, 3, 10) };
    expect(brushValueText(days, "en")).toBe("1 April 2018 to 9 April 2018");
    expect(brushValueText(days, "ja")).toBe("2018年4月1日～2018年4月9日");
    expect(brushValueText(days, "ru")).toBe("с 1 апреля 2018 г. по 9 апреля 2018 г.");
    expect(brushValueText(days, "zh")).toBe("2018年4月1日至2018年4月9日");
  });
});

describe("extentEnds", () => {
  it("names data of a few hours by their times, longer data by its first and last days", () => {
    expect(extentEnds({ start: at(1, 9), end: at(1, 15) }, "en")).toEqual({
      first: "1 April 2018 at 09:00 UTC",
      last: "1 April 2018 at 15:00 UTC",
    });
    expect(extentEnds({ start: at(1, 0), end: at(10, 0) }, "en")).toEqual({
      first: "1 April 2018",
      last: "9 April 2018",
    });
  });
});

describe("the overview's description", () => {
  it("puts no second full stop after a date that ends in one, in any language", () => {
    // Russian days end in "г." (31 декабря 2018 г.).
    for (const lng of LANGUAGES) {
      const text = i18n.t("timeline.overview", {
        ...extentEnds({ start: at(1, 0), end: utc(2019, 0, 1) }, lng),
        lng,
      });
      expect(text, lng).not.toMatch(/\.\./);
    }
  });
});
