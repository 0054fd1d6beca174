import { describe, expect, it } from "vitest";
import { storyExtent } from "./storyExtent";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe("storyExtent", () => {
  const events = {
    extent: { start: day("2019-04-01"), end: day("2019-04-07") },
    starts: [day("2019-04-01"), day("2019-04-05")],
  };

  it("is the events' extent when there are no periods", () => {
    expect(storyExtent(events)).toEqual(events.extent);
    expect(storyExtent({ ...events, dataset: { periods: [] } })).toEqual(events.extent);
  });

  it("takes in a period that starts before the first event and ends after the last", () => {
    const periods = [{ start: "2019-03-17", end: "2019-04-16" }];
    expect(storyExtent({ ...events, dataset: { periods } })).toEqual({
      start: day("2019-03-17"),
      end: day("2019-04-16") + DAY,
    });
  });

  it("reads a period's month or year to its end, and an open period as its start only", () => {
    const periods = [{ start: "2018" }, { start: "2019-04", end: "2019-05" }];
    expect(storyExtent({ ...events, dataset: { periods } })).toEqual({
      start: day("2018-01-01"),
      end: day("2019-06-01"),
    });
  });

  it("leaves out a period's date that does not parse (a draft's, half typed)", () => {
    const periods = [{ start: "2019-1" }, { start: "2019-04-02", end: "20" }];
    expect(storyExtent({ ...events, dataset: { periods } })).toEqual(events.extent);
  });

  it("is the periods' own stretch when there are no events, and the empty extent without either", () => {
    const none = { extent: { start: 0, end: 0 }, starts: [] };
    const periods = [{ start: "1945-09", end: "1991-12-26" }];
    expect(storyExtent({ ...none, dataset: { periods } })).toEqual({
      start: day("1945-09-01"),
      end: day("1991-12-27"),
    });
    expect(storyExtent(none)).toEqual({ start: 0, end: 0 });
  });
});
