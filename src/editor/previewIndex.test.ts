import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DatasetIndex, indexDataset } from "../data/indexDataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { previewIndex } from "./previewIndex";

function site(): Dataset {
  const text = readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8");
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error("the site's story does not parse");
  return parsed.dataset;
}

/** What the app reads of an index, as plain values, in time order and by id. */
function readOf(index: DatasetIndex) {
  return {
    timeOrder: index.events.map(({ id, title, summary, order, interval, quote, places }) => ({
      id,
      title,
      summary,
      order,
      interval,
      quote,
      places,
    })),
    byId: index.dataset.events.map((event) => [event.id, index.byId.get(event.id)?.title]),
    datasetOrder: index.dataset.events.map((event) => event.id),
    places: [...index.places.values()].map((place) => [place.id, place.name]),
    storyOrder: [...index.storyOrder],
    starts: [...index.starts],
    ends: [...index.ends],
    extent: index.extent,
    actors: index.actors,
    tags: index.tags,
    meta: index.dataset.meta,
    eventsByPlace: [...index.eventsByPlace].map(([id, positions]) => [id, [...positions]]),
  };
}

/** The dataset with event `at` changed by `change`, as a draft's preview gives it. */
function changed(dataset: Dataset, at: number, change: Partial<DatasetEvent>): Dataset {
  const events = dataset.events.slice();
  events[at] = { ...(events[at] as DatasetEvent), ...change };
  return { ...dataset, events };
}

describe("previewIndex", () => {
  it("reuses the last index for a title, summary or quote's text typed, and reads as a new index would", () => {
    const input = site();
    const index = indexDataset(input);
    const at = 3;
    const quote = input.events.find((event) => event.quote)?.quote;
    if (!quote) throw new Error("the site's story has no quote");
    const next = changed(input, at, { title: "Typed", summary: "Typed too" });
    const patched = previewIndex(next, { input, index });
    expect(readOf(patched)).toEqual(readOf(indexDataset(next)));
    expect(patched.byId.get(input.events[at]?.id ?? "")?.title).toBe("Typed");
    // The other events are the last index's own objects: nothing was indexed again.
    const others = patched.events.filter((event) => event.title !== "Typed");
    expect(others.every((event) => index.events[event.order] === event)).toBe(true);
    expect(patched.storyOrder).toBe(index.storyOrder);
  });

  it("a place's name typed makes a new place lookup, the events shared", () => {
    const input = site();
    const index = indexDataset(input);
    const places = input.places.map((place, i) => (i === 0 ? { ...place, name: "Typed" } : place));
    const next = { ...input, places };
    const patched = previewIndex(next, { input, index });
    expect(readOf(patched)).toEqual(readOf(indexDataset(next)));
    expect(patched.events).toBe(index.events);
  });

  it("indexes afresh when a date, an id, a place, a quote's paragraph or the events' count changes", () => {
    const input = site();
    const index = indexDataset(input);
    const quoted = input.events.findIndex((event) => event.quote);
    const paragraph = (input.events[quoted]?.quote?.paragraph ?? 0) + 5;
    const cases: Dataset[] = [
      changed(input, 0, { start: "1700-01-01" }),
      changed(input, 0, { id: "typed-id" }),
      changed(input, 0, { places: [] }),
      changed(input, quoted, { quote: { text: "x", paragraph } }),
      { ...input, events: input.events.slice(1) },
    ];
    for (const next of cases) {
      const fresh = previewIndex(next, { input, index });
      expect(readOf(fresh)).toEqual(readOf(indexDataset(next)));
      expect(fresh.events.some((event) => index.events.includes(event))).toBe(false);
    }
  });
});
