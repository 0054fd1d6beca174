import { describe, expect, it } from "vitest";
import { event } from "../test/fixtures";
import {
  type ColumnFields,
  ColumnWriter,
  decodeEvents,
  encodeEvents,
  restOf,
} from "./eventColumns";
import { computeIndexParts } from "./indexParts";
import type { DatasetEvent } from "./schema";

const EVENTS: DatasetEvent[] = [
  event("plain", "2018-03-01"),
  event("quoted", "2018-03-02", {
    quote: { text: "Acold wind", paragraph: 1, dropCap: true },
    note: "From the agency",
    links: [{ label: "Source", url: "https://example.org/a" }],
  }),
  event("quoted-no-cap", "2018-03-03", { quote: { text: "Talks", paragraph: 4 } }),
  event("cap-false", "2018-03-04", {
    quote: { text: "", paragraph: 2, dropCap: false },
    note: "",
    i18n: { ja: { title: "日本語" } },
  }),
  event("noted", "2018-03-05", { note: "Only a note", displayDate: "Early March" }),
];

/** The events as `decodeEvents` gives them back, in dataset order, without their index fields. */
function roundTrip(events: DatasetEvent[]): DatasetEvent[] {
  const columns = encodeEvents(events);
  const parts = computeIndexParts(columns);
  const decoded = decodeEvents(columns, parts);
  const inDatasetOrder: DatasetEvent[] = [];
  decoded.forEach(({ order, interval, ...fields }) => {
    inDatasetOrder[parts.timeOrder[order] as number] = fields;
  });
  return inDatasetOrder;
}

describe("events as columns", () => {
  it("give back each event's quote and note, with their keys in the order given", () => {
    const again = roundTrip(EVENTS);
    expect(again).toStrictEqual(EVENTS);
    // The same keys in the same order: a download writes them so.
    expect(again.map((e) => JSON.stringify(e))).toEqual(EVENTS.map((e) => JSON.stringify(e)));
  });

  it("are the same from a writer that started with too little room", () => {
    const many = Array.from({ length: 7 }, () => EVENTS).flat();
    for (const capacity of [0, 1, 2, 34, 35, 36]) {
      const writer = new ColumnWriter(capacity);
      for (const one of many) writer.write(one as DatasetEvent & ColumnFields, restOf(one));
      expect(writer.columns()).toStrictEqual(encodeEvents(many));
    }
  });

  it("hold quotes and notes as texts and numbers, not as objects per event", () => {
    const columns = encodeEvents(EVENTS);
    expect(Array.from(columns.quoteOf)).toEqual([-1, 0, 1, 2, -1]);
    expect(Array.from(columns.quoteParagraphs)).toEqual([1, 4, 2]);
    expect(Array.from(columns.quoteDropCaps)).toEqual([2, 0, 1]);
    expect(Array.from(columns.noteOf)).toEqual([-1, 0, -1, 1, 2]);
    expect(columns.rest.map((rest) => rest && Object.keys(rest))).toEqual([
      null,
      ["links"],
      null,
      ["i18n"],
      ["displayDate"],
    ]);
  });

  it("put the quoted events first in the story order, by paragraph", () => {
    const parts = computeIndexParts(encodeEvents(EVENTS));
    const byStory = Array.from(parts.storyOrder, (order) => parts.timeOrder[order]);
    expect(byStory).toEqual([1, 3, 2, 0, 4]);
  });
});
