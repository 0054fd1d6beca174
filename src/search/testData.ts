import type { Dataset } from "../data/schema";

/** Places with every naming form, and events that name them in titles, places and quotes. */
export function searchDataset(): Dataset {
  return {
    periods: [],
    meta: { title: "Search test" },
    places: [
      {
        id: "iturup",
        name: "Etorofu / Iturup",
        names: {
          en: "Etorofu / Iturup",
          ja: "Etorofu",
          ru: "Iturup",
          native: { ja: "択捉島", ru: "Итуруп" },
        },
        kind: "island",
        disputed: true,
        coordinates: [147.83, 45.05],
      },
      {
        id: "tokyo",
        name: "Tokyo",
        names: { en: "Tokyo", native: { ja: "東京" } },
        kind: "city",
        coordinates: [139.69, 35.69],
      },
      {
        id: "da-nang",
        name: "Da Nang",
        names: { en: "Da Nang", native: { vi: "Đà Nẵng" } },
        kind: "city",
        coordinates: [108.2, 16.05],
      },
    ],
    events: [
      {
        id: "airport",
        title: "Russia to share the civilian airport on {iturup} with its air force",
        start: "2018-01",
        places: ["iturup"],
        actors: ["Russia"],
        tags: ["security"],
        summary: "The new airport becomes dual use.",
        note: "Compare the annexation of Crimea.",
      },
      {
        id: "war",
        title: "The Soviet Union takes the islands",
        start: "1945-08",
        places: ["iturup"],
        actors: ["Soviet Union"],
        tags: ["territory"],
        summary: "Soviet forces occupy the islands off Hokkaido as the war ends.",
        quote: { text: "Since the end of World War II.", paragraph: 6 },
      },
      {
        id: "lavrov",
        title: "Lavrov lands in Tokyo",
        start: "2018-03-21",
        places: ["tokyo"],
        actors: ["Sergei Lavrov", "Japan"],
        tags: ["diplomacy"],
        summary: "Russia's foreign minister arrives for talks; it is snowing.",
        quote: { text: "Lavrov joked about the café and the weather in Tokyo.", paragraph: 1 },
      },
      {
        id: "apec",
        title: "Putin tells Abe the treaty raises questions",
        start: "2017-11",
        places: ["da-nang"],
        actors: ["Vladimir Putin", "Shinzo Abe"],
        tags: ["diplomacy"],
        summary: "At the APEC summit the two leaders meet briefly.",
      },
    ],
  };
}
