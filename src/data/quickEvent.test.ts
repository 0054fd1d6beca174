import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { mulberry32 } from "../test/random";
import { mutate, type Raw, RICH } from "./mutateEvent.testing";
import { parseDataset } from "./parseDataset";
import { quickParseEvent, READ_KEYS } from "./quickEvent";
import { eventSchema } from "./schema";

/** The promise: whatever the quick reader accepts, zod accepts too, with the same output. */
function expectSameAsZod(raw: unknown, handedOver = false): boolean {
  const quick = quickParseEvent(raw, handedOver);
  if (quick === null) return false;
  const zod = eventSchema.safeParse(raw);
  expect(zod.success, `zod rejects what the quick reader took: ${JSON.stringify(raw)}`).toBe(true);
  expect(quick).toStrictEqual(zod.data);
  // Same keys in the same order, nested ones included.
  expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
  return true;
}

const generated = generateDataset({ events: 400, seed: 3 }).events as unknown as Raw[];

describe("quickParseEvent", () => {
  it("reads every generated event as zod does", () => {
    for (const event of generated) {
      expect(expectSameAsZod(event)).toBe(true);
      expect(expectSameAsZod(JSON.parse(JSON.stringify(event)), true)).toBe(true);
    }
  });

  it("reads an event with every optional field, trimming texts as zod does", () => {
    // Every key it reads, so that taking RICH shows each is counted.
    expect(Object.keys(RICH)).toEqual(expect.arrayContaining(READ_KEYS));
    expect(expectSameAsZod(RICH)).toBe(true);
    expect(quickParseEvent(RICH)?.title).toBe("Talks in {tokyo}");
    expect(expectSameAsZod({ id: "bare", title: "T", start: "2018", summary: "S" })).toBe(true);
  });

  it("never accepts what zod rejects, nor differs from it, over many mutated events", () => {
    const random = mulberry32(11);
    const bases = [RICH, ...generated.slice(0, 50)];
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < 6000; n++) {
      let event: unknown = bases[Math.floor(random() * bases.length)];
      const mutations = 1 + Math.floor(random() * 3);
      for (let m = 0; m < mutations; m++) event = mutate(random, event as Raw);
      if (expectSameAsZod(event)) accepted++;
      else rejected++;
      // And as it would come out of JSON.parse, where undefined keys vanish.
      const json = JSON.parse(JSON.stringify(event));
      expect(expectSameAsZod(json, true)).toBe(expectSameAsZod(json));
    }
    // Both sides of the check were exercised.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(500);
  });

  it("reads a link without a label (the editor's) as zod does", () => {
    const plain = { id: "e", title: "T", start: "2018", summary: "S" };
    const unlabelled = { ...plain, links: [{ url: "https://example.com/a" }] };
    expect(expectSameAsZod(unlabelled)).toBe(true);
    expect(quickParseEvent(unlabelled)?.links).toEqual([{ url: "https://example.com/a" }]);
    const both = {
      ...plain,
      links: [{ url: "https://a.example" }, { label: "B", url: "https://b.example" }],
    };
    expect(expectSameAsZod(both)).toBe(true);
  });

  it("leaves to zod what it is not sure of", () => {
    const plain = { id: "e", title: "T", start: "2018", summary: "S" };
    const nullPrototype = Object.assign(Object.create(null), plain);
    class Event {
      id = "e";
      title = "T";
      start = "2018";
      summary = "S";
    }
    for (const raw of [
      nullPrototype,
      new Event(),
      { ...plain, end: undefined },
      { ...plain, extra: 1 },
      JSON.parse('{"id":"e","title":"T","start":"2018","summary":"S","__proto__":{}}'),
      [plain],
      "event",
      null,
    ]) {
      expect(quickParseEvent(raw)).toBeNull();
    }
  });

  it("does not change the input", () => {
    const copy = structuredClone(RICH);
    quickParseEvent(RICH);
    quickParseEvent(RICH, true);
    expect(RICH).toStrictEqual(copy);
  });

  it("keeps lists from JSON that need no change, and copies all others", () => {
    const raw = JSON.parse(JSON.stringify(RICH));
    const kept = quickParseEvent(raw, true);
    expect(kept?.places).toBe(raw.places);
    expect(kept?.tags).toBe(raw.tags);
    expect(kept?.actors).not.toBe(raw.actors); // " Shinzo Abe" is trimmed
    expect(kept?.actors).toEqual(["Shinzo Abe", "Vladimir Putin"]);
    const copied = quickParseEvent(raw);
    expect(copied?.places).not.toBe(raw.places);
    expect(copied?.places).toEqual(raw.places);
  });
});

describe("parseDataset with the quick reader", () => {
  it("gives the result, warnings and errors it gives with zod alone", async () => {
    vi.resetModules();
    vi.doMock("./quickEvent", () => ({ quickParseEvent: () => null }));
    const zodOnly = (await import("./parseDataset")).parseDataset;
    vi.doUnmock("./quickEvent");

    const random = mulberry32(5);
    const dataset = generateDataset({ events: 300, seed: 9 }) as unknown as {
      events: unknown[];
    };
    const events = dataset.events.map((event) =>
      random() < 0.3 ? mutate(random, event as Raw) : event,
    );
    const mixed = { ...dataset, events };
    const quick = parseDataset(mixed);
    expect(quick).toStrictEqual(zodOnly(mixed));
    expect(quick.ok && quick.warnings.length).toBeGreaterThan(10);
    const json = JSON.stringify(mixed);
    expect(parseDataset(JSON.parse(json), { handedOver: true })).toStrictEqual(
      zodOnly(JSON.parse(json)),
    );
  });
});
