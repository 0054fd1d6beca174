import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { mulberry32 } from "../test/random";
import { MAX_LENGTH } from "./limits";
import { parseDataset } from "./parseDataset";
import { quickParseEvent } from "./quickEvent";
import { eventSchema } from "./schema";

type Raw = Record<string, unknown>;

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

const RICH: Raw = {
  id: "rich-event",
  title: "  Talks in {tokyo}  ",
  start: "2016-02-29",
  end: "2018-03",
  approximate: false,
  places: ["tokyo", "iturup"],
  actors: [" Shinzo Abe", "Vladimir Putin "],
  tags: ["diplomacy"],
  summary: "\n\tA summary.\u00a0",
  quote: { text: " We will. ", paragraph: 3 },
  note: "A note",
  links: [
    { label: " Source ", url: "https://example.com/a?b=c#d" },
    { label: "Archive", url: "http://example.org" },
  ],
};

const long = (n: number) => "x".repeat(n);
const TEXT_FIELDS = {
  title: MAX_LENGTH.title,
  summary: MAX_LENGTH.summary,
  note: MAX_LENGTH.note,
} as const;

/** Values of every kind, near and across the schema's limits. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  1.5,
  -1,
  2 ** 53,
  Number.NaN,
  true,
  false,
  "",
  " ",
  "\u00a0\u2028\ufeff",
  "x",
  " x ",
  "UPPER",
  "a--b",
  "a-b-",
  "2018",
  "2018-02-30",
  "2018-02-29",
  "2016-02-29",
  "0000",
  "2018-13",
  "2018-1-01",
  " 2018",
  "2018-03-21T00:00",
  "javascript:alert(1)",
  "https://example.com",
  "ftp://example.com",
  "/relative",
  `https://example.com/${long(MAX_LENGTH.url)}`,
  long(MAX_LENGTH.id),
  long(MAX_LENGTH.id + 1),
  long(MAX_LENGTH.tag),
  `${long(MAX_LENGTH.tag)} `,
  long(MAX_LENGTH.tag + 1),
  "😀".repeat(MAX_LENGTH.tag / 2),
  `${"😀".repeat(MAX_LENGTH.tag / 2)}x`,
  [],
  ["x"],
  [" x "],
  ["x", " y "],
  [""],
  [1],
  ["a", null],
  // biome-ignore lint/suspicious/noSparseArray: a list with a hole, as JavaScript callers may pass
  [, "x"],
  ["tokyo", "UPPER"],
  {},
  { text: "q", paragraph: 1 },
  { text: " q ", paragraph: 40 },
  { text: "q", paragraph: 0 },
  { text: "q", paragraph: 1.5 },
  { text: "q", paragraph: "1" },
  { text: "q", paragraph: 2 ** 53 },
  { text: "q", paragraph: 1, extra: true },
  { text: "", paragraph: 1 },
  [{ label: "a", url: "https://example.com" }],
  [{ label: " a ", url: "http://example.com/x" }],
  [{ label: "a", url: "javascript:alert(1)" }],
  [{ label: "a", url: "https://example.com", extra: 1 }],
  [{ label: "", url: "https://example.com" }],
  [{ url: "https://example.com" }],
  [null],
];

const KEYS = Object.keys(RICH);

function mutate(random: () => number, base: Raw): unknown {
  const event: Raw = { ...base };
  const key = KEYS[Math.floor(random() * KEYS.length)] ?? "id";
  const choice = random();
  if (choice < 0.15) delete event[key];
  else if (choice < 0.25) event[`extra${Math.floor(random() * 3)}`] = 1;
  else if (choice < 0.35 && key in TEXT_FIELDS) {
    const max = TEXT_FIELDS[key as keyof typeof TEXT_FIELDS];
    const length = max - 1 + Math.floor(random() * 3);
    event[key] = random() < 0.5 ? long(length) : `  ${long(length)}\n`;
  } else event[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  return event;
}

describe("quickParseEvent", () => {
  it("reads every generated event as zod does", () => {
    for (const event of generated) {
      expect(expectSameAsZod(event)).toBe(true);
      expect(expectSameAsZod(JSON.parse(JSON.stringify(event)), true)).toBe(true);
    }
  });

  it("reads an event with every optional field, trimming texts as zod does", () => {
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
