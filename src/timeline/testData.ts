/** Datasets for the timeline's unit tests: an article-like one and seeded synthetic ones. */
import { DAY_MS } from "../data/dates";
import { type DatasetIndex, indexDataset } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { mulberry32 } from "../test/random";

function event(
  id: string,
  start: string,
  actors: string[],
  extra: Partial<DatasetEvent> = {},
): DatasetEvent {
  return {
    id,
    title: id.replace(/-/g, " "),
    start,
    actors,
    tags: [],
    places: [],
    summary: "s",
    ...extra,
  };
}

/** Shaped like the article: a few old events, a dense cluster from late 2016 to mid-2018. */
export const ARTICLE_LIKE: Dataset = {
  periods: [],
  meta: { title: "test" },
  places: [],
  events: [
    event("soviet-occupation", "1945-08", ["Soviet Union"], { end: "1945-09" }),
    event("joint-declaration", "1956-10-19", ["Japan", "Soviet Union"]),
    event("sanctions", "2014", ["Japan", "United States"]),
    event("nagato-summit", "2016-12-15", ["Japan", "Russia"], { end: "2016-12-16" }),
    event("joint-projects", "2016-12-16", ["Japan", "Russia"]),
    event("da-nang", "2017-11-10", ["Russia", "Japan"]),
    event("aegis-decision", "2017-12-19", ["Japan"]),
    event("japan-year", "2018", ["Japan", "Russia"], { tags: ["culture"] }),
    event("election", "2018-03-18", ["Russia"]),
    event("lavrov-arrives", "2018-03-21", ["Russia", "Japan"]),
    event("kono-talks", "2018-03-21", ["Japan", "Russia"]),
    event("skripal-expulsions", "2018-03-26", ["United Kingdom", "Russia"]),
    event("us-expulsions", "2018-03-26", ["United States", "Russia"]),
    event("japan-no-expel", "2018-03-27", ["Japan"]),
    event("seattle-consulate", "2018-03-26", ["United States"]),
    event("abe-visit-plan", "2018-05", ["Japan", "Russia"]),
    event("economic-forum", "2018-05-25", ["Japan", "Russia"], { approximate: false }),
    event("mid-april-talks", "2018-04-15", ["Japan", "Russia"], { approximate: true }),
    event("no-actor", "2018-02-01", []),
  ],
};

export function articleIndex(): DatasetIndex {
  return indexDataset(ARTICLE_LIKE);
}

export { mulberry32 as seededRandom };

const ACTORS = [
  "Japan",
  "Russia",
  "United States",
  "United Kingdom",
  "China",
  "Korea",
  "Vietnam",
  "France",
];

/** `n` events, most of them in 2016–2018, some spans and coarse dates. */
export function syntheticDataset(n: number, seed = 1): Dataset {
  const random = mulberry32(seed);
  const events: DatasetEvent[] = [];
  const from = Date.UTC(2016, 0, 1);
  const to = Date.UTC(2018, 11, 31);
  for (let i = 0; i < n; i++) {
    const recent = random() < 0.85;
    const ms = recent
      ? from + random() * (to - from)
      : Date.UTC(1945, 0, 1) + random() * (from - Date.UTC(1945, 0, 1));
    const day = new Date(ms).toISOString().slice(0, 10);
    const coarse = random();
    const start = coarse < 0.05 ? day.slice(0, 4) : coarse < 0.15 ? day.slice(0, 7) : day;
    const actor = ACTORS[Math.floor(random() * random() * ACTORS.length)] ?? "Japan";
    const extra: Partial<DatasetEvent> = {};
    if (random() < 0.05 && start.length === 10) {
      extra.end = new Date(ms + random() * 200 * DAY_MS).toISOString().slice(0, 10);
    }
    events.push(event(`e-${i}`, start, [actor], extra));
  }
  return { meta: { title: "synthetic" }, places: [], periods: [], events };
}
