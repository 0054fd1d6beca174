import type { Dataset, DatasetEvent, Place } from "../data/schema";

/** An event with only what the schema requires (its title is its id), and `more`. */
export function event(id: string, start: string, more: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id,
    title: id,
    start,
    places: [],
    actors: [],
    tags: [],
    summary: `About ${id}`,
    ...more,
  };
}

export function city(id: string, name: string, coordinates: [number, number]): Place {
  return { id, name, names: { en: name }, kind: "city", coordinates };
}

/** A disputed island, named `ja / ru` in English. */
export function disputedIsland(
  id: string,
  ja: string,
  ru: string,
  coordinates: [number, number],
): Place {
  const name = `${ja} / ${ru}`;
  return { id, name, names: { en: name, ja, ru }, kind: "island", disputed: true, coordinates };
}

export const TOKYO = city("tokyo", "Tokyo", [139.69, 35.69]);
export const ITURUP = disputedIsland("iturup", "Etorofu", "Iturup", [147.83, 45.05]);

/** A small dataset for store and URL tests: three places, five events, one disputed island. */
export function smallDataset(): Dataset {
  return {
    periods: [],
    meta: { title: "Test dataset" },
    places: [TOKYO, city("moscow", "Moscow", [37.62, 55.75]), ITURUP],
    events: [
      {
        id: "e-2018-03-21",
        title: "Visit to Tokyo",
        start: "2018-03-21",
        places: ["tokyo"],
        actors: ["Russia", "Japan"],
        tags: ["diplomacy"],
        summary: "s",
      },
      {
        id: "e-1945",
        title: "War ends",
        start: "1945",
        places: ["iturup"],
        actors: ["Soviet Union"],
        tags: ["territory"],
        summary: "s",
      },
      {
        id: "e-2018-01",
        title: "Airport on {iturup}",
        start: "2018-01",
        places: ["iturup"],
        actors: ["Russia"],
        tags: ["security"],
        summary: "s",
      },
      {
        id: "e-2016-12",
        title: "Summit",
        start: "2016-12-15",
        end: "2016-12-16",
        places: ["tokyo", "moscow"],
        actors: ["Japan", "Russia"],
        tags: ["diplomacy"],
        summary: "s",
      },
      {
        id: "e-2018-03-18",
        title: "Election",
        start: "2018-03-18",
        places: ["moscow"],
        actors: ["Russia"],
        tags: ["politics"],
        summary: "s",
      },
    ],
  };
}

/** 120 summits and 60 talks, one a day: more matches than the search lists (50). */
export function meetings(): Dataset {
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    periods: [],
    meta: { title: "Meetings" },
    places: [],
    events: Array.from({ length: 180 }, (_, i) =>
      event(`m-${i}`, day(i), { title: i % 3 === 2 ? `Talks ${i}` : `Summit ${i}` }),
    ),
  };
}
