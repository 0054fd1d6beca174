import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NAMING_PERSPECTIVES } from "../data/names";
import type { Place } from "../data/schema";
import { localPlace } from "../i18n/datasetText";
import { LANGUAGES } from "../i18n/languages";
import { mapLabelText } from "./mapLabelText";
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
    expect(mapLabelText(shipped.places, "ja")).toContain("択捉島 / イトゥルップ島");
    expect(mapLabelText(shipped.places, "zh")).toContain("伊图鲁普岛");
  });
});
