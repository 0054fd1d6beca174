/**
 * Synthetic datasets of any size in the project's own schema, for the
 * benchmark and for large-data tests. Seeded: the same options always give the
 * same JSON, byte for byte.
 *
 *   npm run generate -- --events 10000 --seed 42 --out bench-data/events-10000.json
 *
 * Events span 1945–2018 and are dense around 2016–2018, like the article; the
 * dates mix day, month and year precision, some are spans and some approximate.
 * Places are real-ish points in Japan, Russia, the Kurils and the wider world.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DAY_MS } from "../src/data/dates";
import type { Dataset, DatasetEvent, Place, PlaceKind } from "../src/data/schema";
import { mulberry32 } from "../src/test/random";
import { generateCsv } from "./generateCsv";
import { realisticNote, realisticQuote, realisticSummary } from "./realisticText";

export interface GenerateOptions {
  /** How many events (at least 1). */
  events: number;
  /** Any integer; the same seed gives the same dataset. */
  seed: number;
  /** How many places; by default events / 50, kept between 50 and 200 (1,000 when realistic). */
  places?: number;
  /** Text like the shipped dataset's: longer summaries, quotes on most events, notes (`realisticText.ts`). */
  realistic?: boolean;
}

export { mulberry32 };

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Weighted choice: `[weight, value]` pairs, weights need not sum to 1. */
function weighted<T>(random: Random, table: readonly (readonly [number, T])[]): T {
  const total = table.reduce((sum, [w]) => sum + w, 0);
  let r = random() * total;
  for (const [w, value] of table) {
    r -= w;
    if (r < 0) return value;
  }
  const last = table.at(-1);
  if (!last) throw new Error("weighted choice from an empty table");
  return last[1];
}

type Region = "kurils" | "japan" | "russia" | "world";

interface SeedPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  region: Region;
  ja?: string;
  ru?: string;
}

/** Real places, roughly where they are; the synthetic ones are scattered around these. */
const SEED_PLACES: readonly SeedPlace[] = [
  {
    id: "iturup",
    name: "Iturup",
    ja: "Etorofu",
    ru: "Iturup",
    kind: "island",
    lon: 147.9,
    lat: 45.0,
    region: "kurils",
  },
  {
    id: "kunashir",
    name: "Kunashir",
    ja: "Kunashiri",
    ru: "Kunashir",
    kind: "island",
    lon: 145.9,
    lat: 44.1,
    region: "kurils",
  },
  {
    id: "shikotan",
    name: "Shikotan",
    ja: "Shikotan",
    ru: "Shikotan",
    kind: "island",
    lon: 146.7,
    lat: 43.8,
    region: "kurils",
  },
  {
    id: "habomai",
    name: "Habomai Islands",
    ja: "Habomai",
    ru: "Khabomai",
    kind: "island-group",
    lon: 146.2,
    lat: 43.5,
    region: "kurils",
  },
  { id: "paramushir", name: "Paramushir", kind: "island", lon: 155.8, lat: 50.4, region: "kurils" },
  { id: "simushir", name: "Simushir", kind: "island", lon: 152.0, lat: 46.9, region: "kurils" },
  { id: "urup", name: "Urup", kind: "island", lon: 150.0, lat: 45.9, region: "kurils" },
  { id: "kurilsk", name: "Kurilsk", kind: "town", lon: 147.88, lat: 45.23, region: "kurils" },
  {
    id: "yuzhno-kurilsk",
    name: "Yuzhno-Kurilsk",
    kind: "town",
    lon: 145.86,
    lat: 44.03,
    region: "kurils",
  },
  { id: "tokyo", name: "Tokyo", kind: "city", lon: 139.69, lat: 35.69, region: "japan" },
  { id: "sapporo", name: "Sapporo", kind: "city", lon: 141.35, lat: 43.06, region: "japan" },
  { id: "nemuro", name: "Nemuro", kind: "town", lon: 145.58, lat: 43.33, region: "japan" },
  { id: "wakkanai", name: "Wakkanai", kind: "town", lon: 141.67, lat: 45.42, region: "japan" },
  { id: "kushiro", name: "Kushiro", kind: "city", lon: 144.38, lat: 42.98, region: "japan" },
  { id: "hakodate", name: "Hakodate", kind: "city", lon: 140.73, lat: 41.77, region: "japan" },
  { id: "nagato", name: "Nagato", kind: "town", lon: 131.18, lat: 34.37, region: "japan" },
  { id: "osaka", name: "Osaka", kind: "city", lon: 135.5, lat: 34.69, region: "japan" },
  { id: "kyoto", name: "Kyoto", kind: "city", lon: 135.77, lat: 35.01, region: "japan" },
  { id: "nagoya", name: "Nagoya", kind: "city", lon: 136.91, lat: 35.18, region: "japan" },
  { id: "hiroshima", name: "Hiroshima", kind: "city", lon: 132.46, lat: 34.39, region: "japan" },
  { id: "nagasaki", name: "Nagasaki", kind: "city", lon: 129.87, lat: 32.75, region: "japan" },
  { id: "fukuoka", name: "Fukuoka", kind: "city", lon: 130.4, lat: 33.59, region: "japan" },
  { id: "niigata", name: "Niigata", kind: "city", lon: 139.02, lat: 37.92, region: "japan" },
  { id: "naha", name: "Naha", kind: "city", lon: 127.68, lat: 26.21, region: "japan" },
  { id: "hokkaido", name: "Hokkaido", kind: "region", lon: 142.8, lat: 43.4, region: "japan" },
  { id: "moscow", name: "Moscow", kind: "city", lon: 37.62, lat: 55.75, region: "russia" },
  {
    id: "saint-petersburg",
    name: "Saint Petersburg",
    kind: "city",
    lon: 30.31,
    lat: 59.94,
    region: "russia",
  },
  {
    id: "vladivostok",
    name: "Vladivostok",
    kind: "city",
    lon: 131.89,
    lat: 43.12,
    region: "russia",
  },
  { id: "khabarovsk", name: "Khabarovsk", kind: "city", lon: 135.07, lat: 48.48, region: "russia" },
  {
    id: "yuzhno-sakhalinsk",
    name: "Yuzhno-Sakhalinsk",
    kind: "city",
    lon: 142.73,
    lat: 46.96,
    region: "russia",
  },
  { id: "sochi", name: "Sochi", kind: "city", lon: 39.72, lat: 43.6, region: "russia" },
  {
    id: "petropavlovsk-kamchatsky",
    name: "Petropavlovsk-Kamchatsky",
    kind: "city",
    lon: 158.65,
    lat: 53.02,
    region: "russia",
  },
  { id: "magadan", name: "Magadan", kind: "city", lon: 150.8, lat: 59.56, region: "russia" },
  {
    id: "novosibirsk",
    name: "Novosibirsk",
    kind: "city",
    lon: 82.93,
    lat: 55.03,
    region: "russia",
  },
  { id: "irkutsk", name: "Irkutsk", kind: "city", lon: 104.28, lat: 52.29, region: "russia" },
  { id: "sakhalin", name: "Sakhalin", kind: "island", lon: 142.9, lat: 50.7, region: "russia" },
  { id: "kamchatka", name: "Kamchatka", kind: "region", lon: 159.5, lat: 56.0, region: "russia" },
  { id: "washington", name: "Washington", kind: "city", lon: -77.04, lat: 38.91, region: "world" },
  { id: "new-york", name: "New York", kind: "city", lon: -74.01, lat: 40.71, region: "world" },
  {
    id: "san-francisco",
    name: "San Francisco",
    kind: "city",
    lon: -122.42,
    lat: 37.77,
    region: "world",
  },
  { id: "beijing", name: "Beijing", kind: "city", lon: 116.4, lat: 39.9, region: "world" },
  { id: "shanghai", name: "Shanghai", kind: "city", lon: 121.47, lat: 31.23, region: "world" },
  { id: "seoul", name: "Seoul", kind: "city", lon: 126.98, lat: 37.57, region: "world" },
  { id: "pyongyang", name: "Pyongyang", kind: "city", lon: 125.75, lat: 39.02, region: "world" },
  {
    id: "ulaanbaatar",
    name: "Ulaanbaatar",
    kind: "city",
    lon: 106.92,
    lat: 47.92,
    region: "world",
  },
  { id: "hanoi", name: "Hanoi", kind: "city", lon: 105.85, lat: 21.03, region: "world" },
  { id: "da-nang", name: "Da Nang", kind: "city", lon: 108.22, lat: 16.05, region: "world" },
  { id: "manila", name: "Manila", kind: "city", lon: 120.98, lat: 14.6, region: "world" },
  { id: "singapore", name: "Singapore", kind: "city", lon: 103.82, lat: 1.35, region: "world" },
  { id: "new-delhi", name: "New Delhi", kind: "city", lon: 77.21, lat: 28.61, region: "world" },
  { id: "canberra", name: "Canberra", kind: "city", lon: 149.13, lat: -35.28, region: "world" },
  { id: "lima", name: "Lima", kind: "city", lon: -77.04, lat: -12.05, region: "world" },
  {
    id: "buenos-aires",
    name: "Buenos Aires",
    kind: "city",
    lon: -58.38,
    lat: -34.6,
    region: "world",
  },
  { id: "london", name: "London", kind: "city", lon: -0.13, lat: 51.51, region: "world" },
  { id: "paris", name: "Paris", kind: "city", lon: 2.35, lat: 48.86, region: "world" },
  { id: "berlin", name: "Berlin", kind: "city", lon: 13.4, lat: 52.52, region: "world" },
  { id: "hamburg", name: "Hamburg", kind: "city", lon: 9.99, lat: 53.55, region: "world" },
  { id: "geneva", name: "Geneva", kind: "city", lon: 6.14, lat: 46.2, region: "world" },
  { id: "brussels", name: "Brussels", kind: "city", lon: 4.35, lat: 50.85, region: "world" },
  { id: "potsdam", name: "Potsdam", kind: "city", lon: 13.06, lat: 52.39, region: "world" },
  { id: "yalta", name: "Yalta", kind: "town", lon: 34.16, lat: 44.5, region: "world" },
];

const REGION_WEIGHTS: readonly (readonly [number, Region])[] = [
  [0.35, "kurils"],
  [0.3, "japan"],
  [0.2, "russia"],
  [0.15, "world"],
];

const ACTORS = [
  "Shinzo Abe",
  "Vladimir Putin",
  "Sergei Lavrov",
  "Taro Kono",
  "Fumio Kishida",
  "Dmitry Medvedev",
  "Yoshihide Suga",
  "Sergei Shoigu",
  "Itsunori Onodera",
  "Oleg Kozhemyako",
  "Maxim Oreshkin",
  "Hiroshige Seko",
  "Japanese foreign ministry",
  "Russian foreign ministry",
  "Former island residents",
  "Russian Pacific Fleet",
  "Japan Self-Defense Forces",
  "Hokkaido government",
] as const;

const TAGS = [
  "diplomacy",
  "summit",
  "territorial dispute",
  "military",
  "economy",
  "joint economic activity",
  "fishing",
  "visa-free exchange",
  "grave visits",
  "energy",
  "sanctions",
  "peace treaty",
  "infrastructure",
  "public opinion",
  "history",
] as const;

const TOPICS = [
  "joint economic activity",
  "fishing quotas",
  "a peace treaty",
  "visa-free visits",
  "grave visits by former residents",
  "missile deployments",
  "energy projects",
  "air routes to the islands",
  "sanctions",
  "a new airport",
  "aquaculture projects",
  "wind power",
  "tourism",
] as const;

const VERBS = ["visits", "arrives in", "speaks in", "inspects a project in", "holds a briefing in"];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function roundCoord(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

interface GeneratedPlace {
  place: Place;
  region: Region;
}

function seedPlaceToPlace(seed: SeedPlace): Place {
  const names: Place["names"] = { en: seed.name };
  if (seed.ja) names.ja = seed.ja;
  if (seed.ru) names.ru = seed.ru;
  const place: Place = {
    id: seed.id,
    name: seed.name,
    names,
    kind: seed.kind,
    coordinates: [seed.lon, seed.lat],
  };
  if (seed.region === "kurils" && seed.lat < 45.5) place.disputed = true;
  return place;
}

const SITE_WORDS = [
  "Harbour",
  "Cape",
  "Bay",
  "Outpost",
  "Station",
  "Village",
  "Pier",
  "Lighthouse",
];

function generatePlaces(random: Random, count: number): GeneratedPlace[] {
  const out: GeneratedPlace[] = SEED_PLACES.slice(0, count).map((seed) => ({
    place: seedPlaceToPlace(seed),
    region: seed.region,
  }));
  for (let i = out.length; i < count; i++) {
    const near = pick(random, SEED_PLACES);
    const spread = near.region === "world" ? 1.5 : 0.6;
    const lon = clamp(near.lon + (random() - 0.5) * 2 * spread, -179.9, 179.9);
    const lat = clamp(near.lat + (random() - 0.5) * 2 * spread, -85, 85);
    const name = `${near.name} ${pick(random, SITE_WORDS)} ${i + 1}`;
    out.push({
      place: {
        id: `${slug(name)}`,
        name,
        names: { en: name },
        kind: "site",
        coordinates: [roundCoord(lon), roundCoord(lat)],
      },
      region: near.region,
    });
  }
  return out;
}

type Precision = "year" | "month" | "day";

const ERAS: readonly (readonly [number, readonly [number, number]])[] = [
  [0.6, [Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)]],
  [0.25, [Date.UTC(1991, 0, 1), Date.UTC(2016, 0, 1)]],
  [0.15, [Date.UTC(1945, 0, 1), Date.UTC(1991, 0, 1)]],
];
const LAST_DAY = Date.UTC(2018, 11, 31);

function formatDate(ms: number, precision: Precision): string {
  const iso = new Date(ms).toISOString();
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month") return iso.slice(0, 7);
  return iso.slice(0, 10);
}

function randomDay(random: Random): number {
  const [from, to] = weighted(random, ERAS);
  return from + Math.floor((random() * (to - from)) / DAY_MS) * DAY_MS;
}

function randomPrecision(random: Random, ms: number): Precision {
  const old = ms < Date.UTC(1991, 0, 1);
  return weighted(random, [
    [old ? 0.35 : 0.6, "day"],
    [old ? 0.4 : 0.28, "month"],
    [old ? 0.25 : 0.12, "year"],
  ] as const);
}

interface EventDraft {
  ms: number;
  event: Omit<DatasetEvent, "id">;
}

function placeMention(random: Random, place: Place): string {
  return random() < 0.7 ? `{${place.id}}` : place.name;
}

function draftEvent(
  random: Random,
  places: readonly GeneratedPlace[],
  byRegion: ReadonlyMap<Region, readonly GeneratedPlace[]>,
  /** Realistic text, with this running number worked into the summary; null: the short text. */
  realistic: { serial: number } | null,
): EventDraft {
  const ms = randomDay(random);
  const precision = randomPrecision(random, ms);
  const start = formatDate(ms, precision);

  const event: Omit<DatasetEvent, "id"> = {
    title: "",
    start,
    places: [],
    actors: [],
    tags: [],
    summary: "",
  };

  if (random() < 0.12) {
    const days = 1 + Math.floor(random() * random() * 700);
    const end = formatDate(Math.min(LAST_DAY, ms + days * DAY_MS), precision);
    if (end > start) event.end = end;
  }
  if (precision !== "year" && random() < 0.08) event.approximate = true;

  const eventPlaces: Place[] = [];
  if (random() >= 0.05) {
    const count = weighted(random, [
      [0.6, 1],
      [0.3, 2],
      [0.1, 3],
    ] as const);
    for (let i = 0; i < count; i++) {
      const region = weighted(random, REGION_WEIGHTS);
      const candidate = pick(random, byRegion.get(region) ?? places).place;
      if (!eventPlaces.includes(candidate)) eventPlaces.push(candidate);
    }
  }
  event.places = eventPlaces.map((place) => place.id);

  const actorA = pick(random, ACTORS);
  let actorB = pick(random, ACTORS);
  if (actorB === actorA) actorB = pick(random, ACTORS);
  event.actors = actorB === actorA ? [actorA] : [actorA, actorB];

  const tagCount = 1 + Math.floor(random() * 3);
  const tags = new Set<string>();
  for (let i = 0; i < tagCount; i++) tags.add(pick(random, TAGS));
  event.tags = [...tags];

  const topic = pick(random, TOPICS);
  const first = eventPlaces[0];
  const where = first ? placeMention(random, first) : "an undisclosed location";
  const template = Math.floor(random() * 4);
  if (template === 0) event.title = `${actorA} ${pick(random, VERBS)} ${where}`;
  else if (template === 1) event.title = `${actorA} and ${actorB} discuss ${topic}`;
  else if (template === 2) event.title = `Talks on ${topic} in ${where}`;
  else event.title = `${actorA} comments on ${topic}`;

  const placeNames = eventPlaces.map((place) => place.name).join(", ") || "no named place";
  event.summary =
    `${actorA} and ${actorB} were involved in a development on ${topic}. ` +
    `Places: ${placeNames}. A synthetic event generated for benchmarks; not a real one.`;

  if (realistic) {
    event.summary = realisticSummary(random, topic, placeNames, realistic.serial);
    if (random() < 0.4) event.quote = realisticQuote(random);
    const note = realisticNote(random);
    if (note) event.note = note;
  } else if (random() < 0.1) {
    event.quote = {
      text: `We will keep working on ${topic}, step by step.`,
      paragraph: 1 + Math.floor(random() * 40),
    };
  }
  return { ms, event };
}

/** A dataset of `events` synthetic events; pure and deterministic for a given seed. */
export function generateDataset(options: GenerateOptions): Dataset {
  const { events: eventCount, seed } = options;
  if (!Number.isInteger(eventCount) || eventCount < 1) {
    throw new Error(`invalid events: ${eventCount} (must be a positive integer)`);
  }
  if (!Number.isInteger(seed)) throw new Error(`invalid seed: ${seed} (must be an integer)`);
  const placeCount =
    options.places ?? (options.realistic ? 1000 : clamp(Math.round(eventCount / 50), 50, 200));
  if (!Number.isInteger(placeCount) || placeCount < 1) {
    throw new Error(`invalid places: ${placeCount} (must be a positive integer)`);
  }

  const random = mulberry32(seed);
  const places = generatePlaces(random, placeCount);
  const byRegion = new Map<Region, GeneratedPlace[]>();
  for (const place of places) {
    const list = byRegion.get(place.region) ?? [];
    list.push(place);
    byRegion.set(place.region, list);
  }

  const drafts: EventDraft[] = [];
  for (let i = 0; i < eventCount; i++)
    drafts.push(draftEvent(random, places, byRegion, options.realistic ? { serial: i } : null));
  // Ids follow time order, like a hand-written dataset; ties keep generation order.
  drafts.sort((a, b) => a.ms - b.ms);
  const width = Math.max(6, String(eventCount).length);

  return {
    periods: [],
    meta: {
      title: `Synthetic timeline: ${eventCount.toLocaleString("en-US")} events (seed ${seed})`,
      description:
        "Generated by scripts/generate-dataset.ts for benchmarks and large-data tests. " +
        "The events are invented; the places are real-ish points.",
    },
    places: places.map((p) => p.place),
    events: drafts.map((draft, i) => ({
      id: `event-${String(i).padStart(width, "0")}`,
      ...draft.event,
    })),
  };
}

interface CliArgs extends GenerateOptions {
  out: string | null;
  pretty: boolean;
  /** A CSV of `title,start,lat,lon,place` rows (`generateCsv.ts`) instead of our JSON. */
  csv: boolean;
}

const USAGE =
  "usage: generate-dataset --events N [--seed S] [--places P] [--out file.json] [--pretty] [--realistic] [--csv]";

/** An option's integer value; undefined when the option is not given. */
function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n)) {
    throw new Error(`invalid --${name}: ${raw} (must be an integer)`);
  }
  return n;
}

/** The command line, checked: an unknown option or a value that is not an integer fails with a message. */
export function parseCliArgs(argv: string[]): CliArgs {
  let values: ReturnType<typeof parseCli>["values"];
  try {
    values = parseCli(argv).values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const args: CliArgs = {
    events: integer("events", values.events) ?? 1000,
    seed: integer("seed", values.seed) ?? 42,
    out: values.out ?? null,
    pretty: values.pretty ?? false,
    csv: values.csv ?? false,
  };
  if (values.realistic) args.realistic = true;
  const places = integer("places", values.places);
  if (places !== undefined) args.places = places;
  return args;
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      events: { type: "string" },
      seed: { type: "string" },
      places: { type: "string" },
      out: { type: "string" },
      pretty: { type: "boolean" },
      realistic: { type: "boolean" },
      csv: { type: "boolean" },
    },
    strict: true,
  });
}

function main(): void {
  const args = parseCliArgs(process.argv.slice(2));
  if (args.csv) {
    const csv = generateCsv({ rows: args.events, seed: args.seed, places: args.places });
    if (args.out === null) process.stdout.write(csv);
    else writeFileSync(args.out, csv);
    return;
  }
  const dataset = generateDataset(args);
  const json = JSON.stringify(dataset, null, args.pretty ? 2 : undefined);
  if (args.out === null) process.stdout.write(`${json}\n`);
  else {
    writeFileSync(args.out, `${json}\n`);
    console.error(
      `wrote ${dataset.events.length} events, ${dataset.places?.length ?? 0} places to ${args.out}`,
    );
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
