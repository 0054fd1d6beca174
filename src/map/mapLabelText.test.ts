import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NAMING_PERSPECTIVES } from "../data/names";
import type { Place } from "../data/schema";
import { localPlace } from "../i18n/datasetText";
import { LANGUAGES } from "../i18n/languages";
import { mapLabelText, placesLabelFamily } from "./mapLabelText";
import { placeAreas, placePoints } from "./placeFeatures";

const shipped = JSON.parse(
  readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
) as { places: Place[] };

describe("mapLabelText", () => {
  it("names the countries and seas as the page's language does", () => {
    expect(mapLabelText([], "en")).toContain("Sea of Okhotsk");
    expect(mapLabelText([], "ja")).toContain("オホーツク海");
    expect(mapLabelText([], "zh")).toContain("鄂霍次克海");
    expect(mapLabelText([], "zh")).not.toContain("オホーツク海");
  });

  it("holds every place label the map draws, in each naming", () => {
    for (const lang of LANGUAGES) {
      const text = mapLabelText(shipped.places, lang);
      // As the map has them (bindMapToStore's placesIn).
      const places =
        lang === "en" ? shipped.places : shipped.places.map((p) => localPlace(p, lang));
      const counts = new Map(places.map((place) => [place.id, 1]));
      for (const perspective of NAMING_PERSPECTIVES) {
        const features = [
          ...placePoints(places, counts, perspective).features,
          ...placeAreas(places, counts, perspective).features,
        ];
        for (const feature of features) {
          const label = feature.properties?.label;
          if (typeof label === "string") expect(text).toContain(label);
        }
      }
    }
    expect(mapLabelText(shipped.places, "ja")).toContain("択捉島 /\nイトゥルップ島");
    expect(mapLabelText(shipped.places, "zh")).toContain("伊图鲁普岛");
  });
});

describe("placesLabelFamily", () => {
  /** Places whose names count how often they are read. */
  function countedPlaces(names: readonly string[]) {
    const reads = { count: 0 };
    const places = names.map((name, i) => {
      const place = { id: `p${i}`, kind: "city", coordinates: [0, 0] } as unknown as Place;
      Object.defineProperty(place, "name", {
        get: () => {
          reads.count++;
          return name;
        },
      });
      return place;
    });
    return { places, reads };
  }

  it("finds the family of the places' labels and the countries and seas", () => {
    expect(placesLabelFamily(countedPlaces(["Moscow"]).places, "en")).toBeNull();
    expect(placesLabelFamily(countedPlaces(["根室"]).places, "en")).toBe("jp");
    expect(placesLabelFamily(countedPlaces(["Moscow"]).places, "ja")).toBe("jp");
    expect(placesLabelFamily(countedPlaces(["根室"]).places, "zh")).toBe("sc");
  });

  it("reads a list's labels once per language (10,000 places read four times held up the map's start)", () => {
    const { places, reads } = countedPlaces(["Nemuro", "Kunashir"]);
    placesLabelFamily(places, "en");
    const once = reads.count;
    expect(once).toBeGreaterThan(0);
    expect(placesLabelFamily(places, "en")).toBeNull();
    expect(reads.count).toBe(once);
    placesLabelFamily(places, "ru");
    expect(reads.count).toBe(2 * once);
    // A new list (an edit, another dataset) is read again.
    placesLabelFamily([...places], "en");
    expect(reads.count).toBe(3 * once);
  });
});
