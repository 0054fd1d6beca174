import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { DatasetEvent } from "../data/schema";
import { i18n, loadLanguage } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { groupDates } from "./groupDates";

beforeAll(async () => {
  await Promise.all([loadLanguage("ja"), loadLanguage("ru"), loadLanguage("zh")]);
});

type Dates = Pick<DatasetEvent, "start" | "end" | "approximate">;

/** The name's dates of a count holding every one of `dates`, in `lang` (the page's, as in the app). */
async function datesOf(dates: Dates[], lang: Language = "en"): Promise<string> {
  await i18n.changeLanguage(lang);
  const events = dates.map((date, i) => ({
    id: `e${i}`,
    title: `E${i}`,
    actors: [],
    tags: [],
    places: [],
    summary: "s",
    ...date,
  }));
  const index = indexDataset({ meta: { title: "t" }, places: [], periods: [], events });
  return groupDates(index.events, lang);
}

// The default story's count at 1280 × 800: the approximate day sorts first, and holds the other.
const lateAndExact: Dates[] = [{ start: "2018-03-25", approximate: true }, { start: "2018-03-23" }];
const twoDays: Dates[] = [{ start: "2018-03-26" }, { start: "2018-03-21" }];

describe("groupDates", () => {
  it("names an approximate span that holds an exact day once, not as a backwards range", async () => {
    // It was "c. late March 2018 – 23 March 2018": the first and last in time order.
    expect(await datesOf(lateAndExact, "en")).toBe("c. late March 2018");
    expect(await datesOf(lateAndExact, "ja")).toBe("2018年3月下旬頃");
    expect(await datesOf(lateAndExact, "ru")).toBe("прибл. конец марта 2018 г.");
    expect(await datesOf(lateAndExact, "zh")).toBe("约2018年3月下旬");
  });

  it("runs from the earliest to the latest in each language", async () => {
    expect(await datesOf(twoDays, "en")).toBe("21 March 2018 – 26 March 2018");
    expect(await datesOf(twoDays, "ja")).toBe("2018年3月21日～2018年3月26日");
    expect(await datesOf(twoDays, "ru")).toBe("21 марта 2018 г. – 26 марта 2018 г.");
    expect(await datesOf(twoDays, "zh")).toBe("2018年3月21日至2018年3月26日");
  });

  it("ends at the end of the event that ends last, not of the last to start", async () => {
    // The span's own range and the later start made "20–30 March 2018 – 22 March 2018".
    const dates = [{ start: "2018-03-20", end: "2018-03-30" }, { start: "2018-03-22" }];
    expect(await datesOf(dates)).toBe("20 March 2018 – 30 March 2018");
  });

  it("names an approximate end as such", async () => {
    const dates = [{ start: "2018-03-21" }, { start: "2018-04-05", approximate: true }];
    expect(await datesOf(dates)).toBe("21 March 2018 – c. early April 2018");
  });

  it("takes the wider of events that start or end together", async () => {
    expect(await datesOf([{ start: "2018-03-01" }, { start: "2018-03" }])).toBe("March 2018");
    expect(await datesOf([{ start: "2018-03-31" }, { start: "2018-03" }])).toBe("March 2018");
    expect(await datesOf([{ start: "2018-02-10" }, { start: "2018-03" }])).toBe(
      "10 February 2018 – March 2018",
    );
  });
});
