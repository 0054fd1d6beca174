import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset } from "../data/schema";
import { toJson } from "../export/toJson";
import { event } from "../test/fixtures";
import { type DatasetAnswer, indexResult, packAnswer, unpackAnswer } from "./datasetAnswer";

/** Through the worker boundary: packed, structured-cloned with its buffers transferred, unpacked. */
function viaWorker(dataset: unknown) {
  const { answer, transfer } = packAnswer(parseDataset(dataset));
  return unpackAnswer(structuredClone(answer, { transfer }) as DatasetAnswer);
}

function expectSameIndex(dataset: unknown) {
  const direct = indexResult(parseDataset(dataset));
  const crossed = viaWorker(dataset);
  expect(crossed).toStrictEqual(direct);
  if (!crossed.ok || !direct.ok) return;
  // A download's keys in the same order too, as zod gives them (the index's own two, each event's
  // order and interval, are not downloaded).
  expect(toJson(crossed.index.dataset)).toBe(toJson(direct.index.dataset));
  expect([...crossed.index.storyOrder]).toEqual([...direct.index.storyOrder]);
}

/** Every optional field, lists that a careless key would confuse, events out of time order. */
const EDGE_CASES: Dataset = {
  periods: [],
  meta: { title: "Edge cases", source: { title: "A source", date: "2018-03" } },
  places: [
    { id: "a", name: "A", names: { en: "A" }, kind: "city", coordinates: [1, 2] },
    { id: "b", name: "B", names: { en: "B" }, kind: "site", coordinates: [3, 4] },
  ],
  events: [
    event("late", "2018-03-21", {
      end: "2018-04",
      approximate: true,
      places: ["a", "b"],
      actors: ["x,y"],
      tags: ["1:t"],
      quote: { text: "We will.", paragraph: 2 },
      note: "A note",
      links: [{ label: "Source", url: "https://example.com" }],
    }),
    event("early", "1945", { approximate: false, actors: ["x", "y"], tags: ["t"] }),
    event("middle", "2016-12", { places: ["b"], actors: [], tags: ["t", "1:t"] }),
    event("same-day", "2018-03-21", { quote: { text: "Said.", paragraph: 1 } }),
  ],
};

describe("the dataset worker's answer", () => {
  it("unpacks to the index the page would build itself", () => {
    expectSameIndex(EDGE_CASES);
    expectSameIndex(generateDataset({ events: 3000, seed: 4 }));
    expectSameIndex(
      JSON.parse(
        readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
      ),
    );
    // A deep comparison of 3,000 indexed events: seconds on a loaded 2-core machine, so more than vitest's 5 s.
  }, 30_000);

  it("keeps the warnings of a partly valid dataset", () => {
    const broken = { ...event("broken", "2018"), id: "Broken" };
    const partly = { ...EDGE_CASES, events: [...EDGE_CASES.events, broken] };
    const crossed = viaWorker(partly);
    expect(crossed.ok && crossed.warnings.map((w) => w.path)).toEqual(["events[4].id"]);
    expectSameIndex(partly);
  });

  it("passes a failure on as it is", () => {
    const failure = parseDataset({ meta: { title: "No events" }, events: [] });
    expect(failure.ok).toBe(false);
    expect(viaWorker({ meta: { title: "No events" }, events: [] })).toEqual(failure);
  });

  it("transfers the typed arrays instead of copying them", () => {
    const parsed = parseDataset(EDGE_CASES);
    const { answer, transfer } = packAnswer(parsed);
    expect(transfer.length).toBeGreaterThan(5);
    structuredClone(answer, { transfer });
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });
});
