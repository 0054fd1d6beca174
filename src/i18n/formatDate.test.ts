import { beforeAll, describe, expect, it } from "vitest";
import { formatEventDateIn } from "./formatDate";
import { loadLanguage } from "./i18n";

beforeAll(async () => {
  await Promise.all([loadLanguage("ja"), loadLanguage("ru"), loadLanguage("zh")]);
});

describe("formatEventDateIn", () => {
  it("writes a day in each language", () => {
    const day = { start: "2018-03-21" };
    expect(formatEventDateIn(day, "en")).toBe("21 March 2018");
    expect(formatEventDateIn(day, "ja")).toBe("2018年3月21日");
    expect(formatEventDateIn(day, "ru")).toBe("21 марта 2018 г.");
    expect(formatEventDateIn(day, "zh")).toBe("2018年3月21日");
  });
  it("keeps a month's and a year's precision", () => {
    expect(formatEventDateIn({ start: "2018-03" }, "en")).toBe("March 2018");
    expect(formatEventDateIn({ start: "2018-03" }, "ja")).toBe("2018年3月");
    expect(formatEventDateIn({ start: "2018-03" }, "zh")).toBe("2018年3月");
    expect(formatEventDateIn({ start: "2018-03" }, "ru")).toBe("март 2018 г.");
    expect(formatEventDateIn({ start: "1956" }, "en")).toBe("1956");
    expect(formatEventDateIn({ start: "1956" }, "ja")).toBe("1956年");
  });
  it("writes approximate days as a third of the month", () => {
    const mid = { start: "2018-04-15", approximate: true };
    expect(formatEventDateIn(mid, "en")).toBe("c. mid-April 2018");
    expect(formatEventDateIn(mid, "ja")).toBe("2018年4月中旬頃");
    // Not «ок.», which wants the genitive (review 26: «ок. середина апреля»).
    expect(formatEventDateIn(mid, "ru")).toBe("прибл. середина апреля 2018 г.");
    expect(formatEventDateIn(mid, "zh")).toBe("约2018年4月中旬");
  });
  it("writes spans within a month compactly, others in full", () => {
    const days = { start: "2018-02-06", end: "2018-02-07" };
    expect(formatEventDateIn(days, "en")).toBe("6–7 February 2018");
    expect(formatEventDateIn(days, "ja")).toBe("2018年2月6日～7日");
    expect(formatEventDateIn(days, "ru")).toBe("6–7 февраля 2018 г.");
    const long = { start: "2016-12", end: "2018-03" };
    expect(formatEventDateIn(long, "en")).toBe("December 2016 – March 2018");
    expect(formatEventDateIn(long, "zh")).toBe("2016年12月至2018年3月");
  });
  it("gives back what is not a date", () => {
    expect(formatEventDateIn({ start: "soon" }, "ja")).toBe("soon");
  });
});
