import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { type DatasetIndex, type IndexedEvent, indexDataset } from "../data/indexDataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { mulberry32 } from "../test/random";
import { previewIndex } from "./previewIndex";

function generated(): Dataset {
  const parsed = parseDataset(generateDataset({ events: 600, seed: 8, realistic: true }));
  if (!parsed.ok) throw new Error("the generated dataset does not parse");
  return parsed.dataset;
}

function site(): Dataset {
  const text = readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8");
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error("the site's story does not parse");
  return parsed.dataset;
}

/**
 * What the app reads of an index, as plain values: every event in time order (all its fields, its
 * order and interval), the dataset around them, the lookups by id (of `ids` too: gone ones, none).
 */
function readOf(index: DatasetIndex, ids: readonly string[] = []) {
  const asked = [...index.dataset.events.map((event) => event.id), ...ids, "no-such-event"];
  return {
    events: index.events,
    dataset: { ...index.dataset, events: index.dataset.events.map((event) => event.id) },
    datasetOrder: (index.dataset.events as IndexedEvent[]).map((e) => index.events[e.order] === e),
    byId: asked.map((id) => [id, index.byId.has(id), index.byId.get(id)?.order]),
    places: [...index.places],
    storyOrder: [...index.storyOrder],
    starts: [...index.starts],
    ends: [...index.ends],
    extent: index.extent,
    maxDuration: index.maxDuration,
    minDuration: index.minDuration,
    actors: index.actors,
    tags: index.tags,
    eventsByPlace: [...index.eventsByPlace].map(([id, positions]) => [id, [...positions]]),
  };
}

/** The patched index reads as a fresh one of `next` (asked for `before`'s ids too). */
function expectFreshReading(patched: DatasetIndex, next: Dataset, before: Dataset): void {
  const ids = before.events.map((event) => event.id);
  expect(readOf(patched, ids)).toEqual(readOf(indexDataset(next), ids));
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

  it("takes out, puts in and moves events as a new index would: a date, id, list or paragraph changed, an event added or deleted", () => {
    const input = site();
    const index = indexDataset(input);
    const n = input.events.length;
    const quoted = input.events.findIndex((event) => event.quote);
    const paragraph = (input.events[quoted]?.quote?.paragraph ?? 0) + 5;
    const first = input.events[0] as DatasetEvent;
    const last = input.events[n - 1] as DatasetEvent;
    const added = (at: number, event: DatasetEvent): Dataset => {
      const events = input.events.slice();
      events.splice(at, 0, event);
      return { ...input, events };
    };
    const cases: [string, Dataset][] = [
      ["dated earlier", changed(input, 3, { start: "1700-01-01" })],
      ["dated later", changed(input, 0, { start: "2030-05", end: "2031" })],
      ["made approximate", changed(input, 5, { approximate: true })],
      ["its id", changed(input, 0, { id: "typed-id" })],
      ["its places", changed(input, 0, { places: [] })],
      ["its actors", changed(input, 2, { actors: ["Someone new", ...first.actors] })],
      ["its tags", changed(input, 2, { tags: [] })],
      ["its paragraph", changed(input, quoted, { quote: { text: "x", paragraph } })],
      ["its quote taken", changed(input, quoted, { quote: undefined })],
      ["the first deleted", { ...input, events: input.events.slice(1) }],
      ["one between deleted", { ...input, events: input.events.filter((_, i) => i !== 7) }],
      ["the last deleted", { ...input, events: input.events.slice(0, -1) }],
      ["all deleted", { ...input, events: [] }],
      ["added first", added(0, { ...last, id: "added-first" })],
      ["added on a neighbour's day", added(4, { ...first, id: "added-between", quote: undefined })],
      ["added last", added(n, { ...first, id: "added-last", start: "1850" })],
      [
        "added, three deleted",
        { ...input, events: added(2, { ...last, id: "x" }).events.slice(0, -3) },
      ],
    ];
    for (const [name, next] of cases) {
      const patched = previewIndex(next, { input, index });
      expect(
        readOf(
          patched,
          input.events.map((e) => e.id),
        ),
        name,
      ).toEqual(
        readOf(
          indexDataset(next),
          input.events.map((e) => e.id),
        ),
      );
    }
  });

  it("shares the events that keep their place in time, and undoes to what it was", () => {
    const input = site();
    const index = indexDataset(input);
    const latest = index.events[index.events.length - 1] as DatasetEvent;
    const at = input.events.findIndex((event) => event.id === latest.id);
    const next = { ...input, events: input.events.filter((_, i) => i !== at) };
    const patched = previewIndex(next, { input, index });
    expectFreshReading(patched, next, input);
    // The latest deleted: every other event is in its place, the last index's own object.
    expect(patched.events.every((event, order) => index.events[order] === event)).toBe(true);
    const undone = previewIndex(input, { input: next, index: patched });
    expectFreshReading(undone, input, next);
  });

  it.each([
    ["the shipped dataset", site],
    ["a generated dataset", generated],
  ])(
    "reads as a new index after each of a seeded run of edits to %s",
    (_, dataset) => {
      const random = mulberry32(56);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      let input = dataset();
      let index = indexDataset(input);
      const history: Dataset[] = [input];
      const names = ["e\u0301", "\u00e9", "Japan", "Russia", "Zed", "a"];
      const STEPS = 120;
      let patchedSteps = 0;
      for (let step = 0; step < STEPS; step++) {
        const events = input.events.slice();
        const at = Math.floor(random() * events.length);
        const event = events[at] as DatasetEvent | undefined;
        const day = () => pick(input.events)?.start ?? "2018-03-21";
        const roll = random();
        let next: Dataset;
        if (roll < 0.2 || !event) {
          const copy = event ?? (dataset().events[0] as DatasetEvent);
          const { quote, ...rest } = copy;
          events.splice(at, 0, {
            ...rest,
            id: `added-${step}`,
            start: random() < 0.5 ? copy.start : day(),
            ...(random() < 0.5 && quote && { quote: { ...quote, paragraph: pick([1, 2, 40]) } }),
            actors: random() < 0.5 ? copy.actors : [pick(names), pick(names)],
          });
          next = { ...input, events };
        } else if (roll < 0.4) {
          events.splice(at, 1 + Math.floor(random() * 2));
          next = { ...input, events };
        } else if (roll < 0.6) {
          const end = random() < 0.3 ? { end: "2019-02" } : {};
          events[at] = { ...event, start: day(), ...end, approximate: random() < 0.3 };
          next = { ...input, events };
        } else if (roll < 0.7) {
          events[at] = { ...event, tags: [pick(names)], places: event.places.slice(1) };
          next = { ...input, events };
        } else if (roll < 0.9) {
          events[at] = { ...event, title: `Typed ${step}`, summary: "Typed" };
          next = { ...input, events };
        } else {
          // Undo to an earlier draft: several changes at once.
          next = pick(history);
        }
        const patched = previewIndex(next, { input, index });
        expectFreshReading(patched, next, input);
        const intervals = new Set(index.events.map((e) => e.interval));
        // One event changed: patched, not indexed afresh (the last index's intervals kept).
        if (roll >= 0.9 || patched.events.some((e) => intervals.has(e.interval))) patchedSteps++;
        history.push(next);
        input = next;
        index = patched;
      }
      expect(patchedSteps).toBe(STEPS);
      // Each step is compared with a fresh index: seconds on a busy machine.
    },
    30_000,
  );

  it("a place's id changed still indexes afresh", () => {
    const input = site();
    const index = indexDataset(input);
    const places = input.places.map((place, i) => (i === 0 ? { ...place, id: "typed" } : place));
    const next = { ...input, places };
    const fresh = previewIndex(next, { input, index });
    expectFreshReading(fresh, next, input);
    expect(fresh.events.some((event) => index.events.includes(event))).toBe(false);
  });
});
