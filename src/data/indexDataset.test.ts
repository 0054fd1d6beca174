import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { city, TOKYO } from "../test/fixtures";
import { mulberry32 } from "../test/random";
import { eventInterval } from "./dates";
import { indexDataset, lowerBound } from "./indexDataset";
import { parseDataset } from "./parseDataset";
import type { Dataset, DatasetEvent } from "./schema";

const utc = Date.UTC;

function ev(id: string, start: string, more: Partial<DatasetEvent> = {}): DatasetEvent {
  return { id, title: id, start, summary: id, places: [], actors: [], tags: [], ...more };
}

const quote = (paragraph: number) => ({ text: "x", paragraph });

// In dataset order, deliberately not in time order.
const EVENTS: DatasetEvent[] = [
  ev("lavrov", "2018-03-21", {
    places: ["tokyo"],
    actors: ["Russia", "Japan"],
    tags: ["diplomacy"],
    quote: quote(1),
  }),
  ev("talks", "2016-12", {
    end: "2018-03",
    places: ["islands"],
    actors: ["Japan", "Russia"],
    tags: ["economy"],
    quote: quote(11),
  }),
  ev("sanctions", "2014", {
    places: ["tokyo"],
    actors: ["Japan"],
    tags: ["economy"],
    quote: quote(12),
  }),
  ev("exercise", "2018-02-06", {
    places: ["islands"],
    actors: ["Russia"],
    tags: ["security"],
    quote: quote(27),
  }),
  ev("day", "2018-02-07", {
    places: ["tokyo", "islands"],
    actors: ["Japan"],
    tags: ["territory"],
    quote: quote(27),
  }),
  ev("year-2018", "2018", { actors: ["Japan", "Russia"], tags: ["culture"], quote: quote(8) }),
  ev("january", "2018-01", { places: ["islands"], actors: ["Russia"], tags: ["security"] }),
  ev("washington", "2018-04-15", {
    approximate: true,
    actors: ["Japan"],
    tags: ["diplomacy"],
    quote: quote(24),
  }),
  ev("alpha", "2018-03-21", { quote: quote(1) }),
];

const DATASET: Dataset = {
  periods: [],
  meta: { title: "Test" },
  places: [TOKYO, { ...city("islands", "Islands", [147, 44.5]), kind: "island-group" }],
  events: EVENTS,
};

const index = indexDataset(DATASET);
const ids = (positions: ArrayLike<number>) => Array.from(positions, (i) => index.events[i]?.id);

describe("indexDataset", () => {
  it("orders events by start, then end, then the dataset's order", () => {
    expect(index.events.map((e) => e.id)).toEqual([
      "sanctions", // 2014
      "talks", // Dec 2016 – Mar 2018
      "january", // Jan 2018: starts with the year 2018 but ends sooner
      "year-2018",
      "exercise",
      "day",
      "lavrov", // same day as alpha, before it in the dataset
      "alpha",
      "washington",
    ]);
    index.events.forEach((e, i) => {
      expect(e.order).toBe(i);
      expect(index.byId.get(e.id)).toBe(e);
      expect(index.starts[i]).toBe(e.interval.start);
      expect(index.ends[i]).toBe(e.interval.end);
    });
  });

  it("looks every event up by its id, and nothing else", () => {
    const fresh = indexDataset(DATASET);
    for (const event of fresh.events) expect(fresh.byId.get(event.id)).toBe(event);
    expect(fresh.byId.get("talks")?.start).toBe("2016-12");
    expect(fresh.byId.has("talks")).toBe(true);
    expect(fresh.byId.has("no-such-event")).toBe(false);
    expect(fresh.byId.get("")).toBeUndefined();
  });

  it("does not reorder or mutate the dataset", () => {
    expect(DATASET.events.map((e) => e.id)[0]).toBe("lavrov");
    expect("order" in (DATASET.events[0] ?? {})).toBe(false);
  });

  it("computes intervals, extent and the longest duration", () => {
    expect(index.byId.get("talks")?.interval).toEqual({
      start: utc(2016, 11, 1),
      end: utc(2018, 3, 1),
    });
    expect(index.byId.get("washington")?.interval).toEqual({
      start: utc(2018, 3, 11),
      end: utc(2018, 3, 21),
    });
    // The extent ends with the longest-reaching event, not the last to start.
    expect(index.extent).toEqual({ start: utc(2014, 0, 1), end: utc(2019, 0, 1) });
    expect(index.maxDuration).toBe(utc(2018, 3, 1) - utc(2016, 11, 1));
  });

  it("lists each place's events in time order", () => {
    expect(ids(index.eventsByPlace.get("tokyo") ?? [])).toEqual(["sanctions", "day", "lavrov"]);
    expect(ids(index.eventsByPlace.get("islands") ?? [])).toEqual([
      "talks",
      "january",
      "exercise",
      "day",
    ]);
    expect(index.eventsByPlace.get("nowhere")).toBeUndefined();
    expect(index.places.get("tokyo")?.name).toBe("Tokyo");
  });

  it("tells the story in the article's order: paragraph, then dataset position", () => {
    expect(ids([...index.storyOrder])).toEqual([
      "lavrov", // paragraph 1, first in the dataset
      "alpha", // paragraph 1
      "year-2018", // 8
      "talks", // 11
      "sanctions", // 12
      "washington", // 24
      "exercise", // 27, before "day" in the dataset
      "day", // 27
      "january", // no quote: last
    ]);
  });

  it("counts an event that names an actor twice once (review 32 F7)", () => {
    const twice = indexDataset({
      ...DATASET,
      events: [
        ev("a", "2018", { actors: ["Japan", "Japan"] }),
        ev("b", "2019", { actors: ["Japan"] }),
      ],
    });
    expect(twice.actors).toEqual([{ name: "Japan", count: 2 }]);
  });

  it("counts actors and tags, most used first", () => {
    expect(index.actors).toEqual([
      { name: "Japan", count: 6 },
      { name: "Russia", count: 5 },
    ]);
    expect(index.tags[0]).toEqual({ name: "diplomacy", count: 2 });
    expect(index.tags.map((t) => t.name)).toEqual([
      "diplomacy",
      "economy",
      "security",
      "culture",
      "territory",
    ]);
  });

  it("indexes an empty event list", () => {
    const empty = indexDataset({ ...DATASET, events: [] });
    expect(empty.events).toEqual([]);
    expect(empty.extent).toEqual({ start: 0, end: 0 });
  });
});

describe("lowerBound", () => {
  it("finds the first position not below the target", () => {
    const values = [1, 3, 3, 5];
    expect(lowerBound(values, 0)).toBe(0);
    expect(lowerBound(values, 3)).toBe(1);
    expect(lowerBound(values, 4)).toBe(3);
    expect(lowerBound(values, 6)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});

/** The plain index this module's columns replaced: one sorted wrapper and one object spread per event. */
function plainIndex(dataset: Dataset) {
  const sorted = dataset.events
    .map((event, position) => ({ event, position, interval: eventInterval(event) }))
    .sort(
      (a, b) =>
        a.interval.start - b.interval.start ||
        a.interval.end - b.interval.end ||
        a.position - b.position,
    );
  const events = sorted.map(({ event, interval }, order) => ({ ...event, order, interval }));
  const facet = (key: "actors" | "tags") => {
    const counts = new Map<string, number>();
    for (const event of dataset.events) {
      for (const name of new Set(event[key])) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  const paragraph = (i: number) => events[i]?.quote?.paragraph ?? Number.POSITIVE_INFINITY;
  const position = (i: number) => sorted[i]?.position ?? 0;
  const byPlace = new Map<string, number[]>();
  for (const event of events) {
    for (const place of event.places)
      byPlace.set(place, [...(byPlace.get(place) ?? []), event.order]);
  }
  const eventsByPlace = new Map(
    Array.from(byPlace, ([place, positions]) => [place, Int32Array.from(positions)]),
  );
  return {
    events,
    starts: Float64Array.from(events, (e) => e.interval.start),
    ends: Float64Array.from(events, (e) => e.interval.end),
    eventsByPlace,
    actors: facet("actors"),
    tags: facet("tags"),
    storyOrder: events
      .map((_, i) => i)
      .sort((a, b) => paragraph(a) - paragraph(b) || position(a) - position(b)),
    maxDuration: Math.max(0, ...events.map((e) => e.interval.end - e.interval.start)),
  };
}

describe("indexDataset against a plain implementation", () => {
  const shipped = parseDataset(
    JSON.parse(readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8")),
  );
  if (!shipped.ok) throw new Error("the shipped dataset does not parse");
  const generated = parseDataset(generateDataset({ events: 4000, seed: 8 }));
  if (!generated.ok) throw new Error("the generated dataset does not parse");

  // Dates whose end lies inside the start, approximate dates given as false and as true, and
  // names the collator cannot tell apart (composed and decomposed é), which keep their order.
  const edges: Dataset = {
    ...DATASET,
    events: [
      ev("inside", "2018-03", { end: "2018-03-15", actors: ["e\u0301", "Japan", "Japan"] }),
      ev("exact", "2018-03-02", { approximate: false, actors: ["\u00e9"], tags: ["b", "a"] }),
      ev("rough", "2018-03-02", { approximate: true, end: "2018-05-30", tags: ["a", "b"] }),
      ev("years", "1945", { end: "1956-10-19", quote: quote(3) }),
    ],
  };

  // A catalogue's shape: many events on the same few days (ids in no order in the file: the
  // file's order breaks ties), some with ends or approximate, a few quoted, several in one paragraph.
  const random = mulberry32(21);
  const DAYS = ["2018", "2018-03", "2018-03-21", "2018-03-22", "1945-08-15", "0622", "2018-03-21"];
  const sameDays: Dataset = {
    ...DATASET,
    events: Array.from({ length: 3000 }, (_, i) => {
      const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
      const more: Partial<DatasetEvent> = {};
      if (random() < 0.2) more.end = pick(["2018-03-21", "2019", "2018-04"]);
      if (random() < 0.2) more.approximate = random() < 0.5;
      if (random() < 0.1) more.quote = quote(1 + Math.floor(random() * 4));
      return ev(`${pick(["rally", "strike", "a", "z"])}-${(i * 7919) % 3001}`, pick(DAYS), more);
    }),
  };

  // Ties broken by ids that share their first ten characters or more, and by ids that are not
  // slugs (an unchecked dataset's): the numbers the index compares first cannot tell these apart.
  const longIds: Dataset = {
    ...DATASET,
    events: Array.from({ length: 400 }, (_, i) => {
      const day = ["2018-03-21", "2018-03-22"][i % 2] as string;
      const prefix = ["catalogue-entry-", "catalogue-e", "catalogue", "cat"][i % 4] as string;
      return ev(`${prefix}${(i * 37) % 401}`, day);
    }),
  };
  const notSlugs: Dataset = {
    ...DATASET,
    events: ["b", "B", "a b", "a-b", "é", "e", "Z", "北", "a", "ab"].map((id) => ev(id, "2018")),
  };

  it.each([
    ["the test dataset", DATASET],
    ["ids sharing long beginnings", longIds],
    ["ids that are not slugs", notSlugs],
    ["edge cases", edges],
    ["many events on the same days", sameDays],
    ["the shipped dataset", shipped.dataset],
    ["a generated dataset", generated.dataset],
  ])("indexes %s as the plain way does", (_, dataset) => {
    const index = indexDataset(dataset);
    const plain = plainIndex(dataset);
    expect(index.events).toStrictEqual(plain.events);
    expect(index.starts).toEqual(plain.starts);
    expect(index.ends).toEqual(plain.ends);
    expect(index.eventsByPlace).toEqual(plain.eventsByPlace);
    expect(index.actors).toEqual(plain.actors);
    expect(index.tags).toEqual(plain.tags);
    expect([...index.storyOrder]).toEqual(plain.storyOrder);
    expect(index.maxDuration).toBe(plain.maxDuration);
    for (const event of index.events) expect(index.byId.get(event.id)).toBe(event);
    // The dataset keeps its order, with the indexed events in it.
    index.dataset.events.forEach((event, position) => {
      const { order, interval, ...fields } = event as (typeof index.events)[number];
      expect(fields).toStrictEqual(dataset.events[position]);
      expect(index.events[order]).toBe(event);
    });
  });
});
