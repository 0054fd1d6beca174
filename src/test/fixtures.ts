import type { Dataset, Place } from "../data/schema";

export const TOKYO: Place = {
  id: "tokyo",
  name: "Tokyo",
  names: { en: "Tokyo" },
  kind: "city",
  coordinates: [139.69, 35.69],
};

/** A disputed island, with both names. */
export const ITURUP: Place = {
  id: "iturup",
  name: "Etorofu / Iturup",
  names: { en: "Etorofu / Iturup", ja: "Etorofu", ru: "Iturup" },
  kind: "island",
  disputed: true,
  coordinates: [147.83, 45.05],
};

/** A small dataset for store and URL tests: three places, five events, one disputed island. */
export function smallDataset(): Dataset {
  return {
    periods: [],
    meta: { title: "Test dataset" },
    places: [
      TOKYO,
      {
        id: "moscow",
        name: "Moscow",
        names: { en: "Moscow" },
        kind: "city",
        coordinates: [37.62, 55.75],
      },
      ITURUP,
    ],
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
