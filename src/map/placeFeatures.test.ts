import { describe, expect, it } from "vitest";
import type { Place } from "../data/schema";
import { city, disputedIsland, ITURUP } from "../test/fixtures";
import {
  describeHighlighted,
  describeMap,
  describeShown,
  geometryBounds,
  mapLabel,
  OPENING_BOUNDS,
  placeAreas,
  placePoints,
  placesBounds,
  RADIUS_STOPS,
  radiusForCount,
} from "./placeFeatures";

const square = (lon: number, lat: number, size = 0.2) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [lon - size, lat - size],
      [lon + size, lat - size],
      [lon + size, lat + size],
      [lon - size, lat + size],
      [lon - size, lat - size],
    ] as [number, number][],
  ],
});

const iturup: Place = { ...ITURUP, geometry: square(147.83, 45.05) };
const kunashir: Place = {
  ...disputedIsland("kunashir", "Kunashiri", "Kunashir", [145.96, 44.18]),
  geometry: square(145.96, 44.18),
};
const group: Place = {
  id: "disputed-islands",
  name: "Northern Territories / Southern Kurils",
  names: {
    en: "Northern Territories / Southern Kurils",
    ja: "Northern Territories",
    ru: "Southern Kurils",
  },
  kind: "island-group",
  disputed: true,
  coordinates: [147.14, 44.68],
  geometry: {
    type: "MultiPolygon",
    coordinates: [square(145.96, 44.18, 0.5).coordinates, square(147.83, 45.05, 0.5).coordinates],
  },
};
const tokyo = city("tokyo", "Tokyo", [139.69, 35.69]);
const seattle = city("seattle", "Seattle", [-122.33, 47.61]);
const washington = city("washington", "Washington, D.C.", [-77.04, 38.91]);
const salisbury = city("salisbury", "Salisbury", [-1.79, 51.07]);
const moscow = city("moscow", "Moscow", [37.62, 55.76]);
const daNang = city("da-nang", "Da Nang", [108.2, 16.05]);

const counts = new Map([
  ["iturup", 3],
  ["tokyo", 5],
  ["kunashir", 0],
]);

describe("placePoints", () => {
  it("makes one point per place with its label in the perspective and its count", () => {
    const fc = placePoints([iturup, tokyo, kunashir], counts, "ru");
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: "iturup", label: "Iturup", count: 3, disputed: true, kind: "island", group: false },
      { id: "tokyo", label: "Tokyo", count: 5, disputed: false, kind: "city", group: false },
      { id: "kunashir", label: "Kunashir", count: 0, disputed: true, kind: "island", group: false },
    ]);
    expect(fc.features[0]?.geometry).toEqual({ type: "Point", coordinates: [147.83, 45.05] });
  });

  it("names disputed places in each perspective; others keep their name", () => {
    const label = (perspective: "ja" | "ru" | "both") =>
      placePoints([iturup, tokyo], counts, perspective).features.map((f) => f.properties.label);
    expect(label("ja")).toEqual(["Etorofu", "Tokyo"]);
    expect(label("ru")).toEqual(["Iturup", "Tokyo"]);
    expect(label("both")).toEqual(["Etorofu / Iturup", "Tokyo"]);
  });

  it("puts two names a line each where one is in CJK script, broken only after the slash", () => {
    expect(mapLabel("択捉島 / イトゥルップ島")).toBe("択捉島 /\nイトゥルップ島");
    expect(mapLabel("北方領土 / 南クリル諸島")).toBe("北方領土 /\n南クリル諸島");
    // Latin and Cyrillic, and a single CJK name, stay as they are (MapLibre breaks them at spaces).
    expect(mapLabel("Etorofu / Iturup")).toBe("Etorofu / Iturup");
    expect(mapLabel("Сикотан / Шикотан")).toBe("Сикотан / Шикотан");
    expect(mapLabel("択捉島")).toBe("択捉島");
  });

  it("counts a place with no shown events as 0", () => {
    expect(placePoints([seattle], new Map(), "both").features[0]?.properties.count).toBe(0);
  });
});

describe("placeAreas", () => {
  it("keeps only places with a geometry and marks the group drawn around its islands", () => {
    const fc = placeAreas([iturup, kunashir, group, tokyo], counts, "ja");
    expect(
      fc.features.map((f) => [f.properties.id, f.properties.group, f.properties.label]),
    ).toEqual([
      ["iturup", false, "Etorofu"],
      ["kunashir", false, "Kunashiri"],
      ["disputed-islands", true, "Northern Territories"],
    ]);
  });
});

describe("placePoints' groups", () => {
  it("marks the areas drawn around two places or more, not an island group of its own islets", () => {
    // Habomai: an island group of its own islets, which holds no other place.
    const habomai: Place = {
      ...disputedIsland("habomai", "Habomai", "Habomai", [146.16, 43.51]),
      kind: "island-group",
      geometry: square(146.16, 43.51, 0.3),
    };
    const places = [iturup, kunashir, group, habomai];
    const areas = placeAreas(places, counts, "both").features;
    const groups = new Set(areas.filter((f) => f.properties.group).map((f) => f.properties.id));
    expect([...groups]).toEqual(["disputed-islands"]);
    // The selected places' points are marked by the whole dataset's groups.
    const selected = placePoints([group, habomai], counts, "both", groups);
    expect(selected.features.map((f) => [f.properties.id, f.properties.group])).toEqual([
      ["disputed-islands", true],
      ["habomai", false],
    ]);
  });
});

describe("placesBounds", () => {
  it("is null for no places and a point box for one", () => {
    expect(placesBounds([])).toBeNull();
    expect(placesBounds([tokyo])).toEqual([139.69, 35.69, 139.69, 35.69]);
  });

  it("includes the areas of places with a geometry", () => {
    const bounds = placesBounds([iturup]) as number[];
    [147.63, 44.85, 148.03, 45.25].forEach((value, i) => {
      expect(bounds[i]).toBeCloseTo(value);
    });
  });

  it("frames Seattle, Washington, Britain, Moscow, Da Nang and the islands without crossing the date line", () => {
    const bounds = placesBounds([seattle, washington, salisbury, moscow, daNang, tokyo, iturup]);
    expect(bounds).not.toBeNull();
    const [w, s, e, n] = bounds as number[];
    expect(w).toBeCloseTo(-122.33);
    expect(e).toBeCloseTo(148.03);
    expect(s).toBeCloseTo(16.05);
    expect(n).toBeCloseTo(55.76);
  });

  it("crosses the date line when that is shorter (Tokyo and Seattle)", () => {
    const [w, , e] = placesBounds([tokyo, seattle]) as number[];
    expect(w).toBeCloseTo(139.69);
    expect(e).toBeCloseTo(-122.33 + 360);
  });
});

describe("geometryBounds", () => {
  it("spans every ring of a multipolygon", () => {
    const bounds = geometryBounds(group.geometry as never) as number[];
    [145.46, 43.68, 148.33, 45.55].forEach((value, i) => {
      expect(bounds[i]).toBeCloseTo(value);
    });
  });
});

describe("radiusForCount", () => {
  it("follows the stops the style interpolates, clamped at both ends", () => {
    for (const [count, radius] of RADIUS_STOPS) expect(radiusForCount(count)).toBe(radius);
    expect(radiusForCount(-1)).toBe(RADIUS_STOPS[0]?.[1]);
    expect(radiusForCount(1000)).toBe(RADIUS_STOPS[RADIUS_STOPS.length - 1]?.[1]);
    expect(radiusForCount(2.5)).toBeCloseTo(7.5);
  });
});

describe("describeMap", () => {
  it("lists the places with events, most first, notes the dispute and names the highlight", () => {
    const text = describeMap([tokyo, iturup, kunashir, seattle], counts, ["iturup"], "ru");
    expect(text).toBe(
      "Map showing 2 places with events: Tokyo (5 events), Iturup (3 events). " +
        "The disputed islands are hatched: administered by Russia, claimed by Japan. Highlighted: Iturup.",
    );
  });

  it("shortens long lists and handles no places", () => {
    const many = Array.from({ length: 15 }, (_, i) => city(`c${i}`, `City ${i}`, [i, 0]));
    const manyCounts = new Map(many.map((p) => [p.id, 1]));
    expect(describeMap(many, manyCounts, [], "both", 3)).toMatch(
      /City 0 \(1 event\), .*, and 12 more\.$/,
    );
    expect(describeMap([], new Map(), [], "both")).toBe("Map showing 0 places with events.");
  });
});

describe("describeShown and describeHighlighted", () => {
  // The map's description in two parts: a selection (a click) words only its highlight, not the
  // list of every place again (a sort of 10,000 places at a million events).
  it("make describeMap's two sentences", () => {
    const places = [tokyo, iturup, kunashir, seattle];
    const byId = new Map(places.map((place) => [place.id, place]));
    const shown = describeShown(places, counts, "ru");
    expect(shown).toBe(
      "Map showing 2 places with events: Tokyo (5 events), Iturup (3 events). " +
        "The disputed islands are hatched: administered by Russia, claimed by Japan.",
    );
    const highlighted = describeHighlighted(byId, ["iturup", "nowhere"], "ru");
    expect(highlighted).toBe("Highlighted: Iturup.");
    expect(`${shown} ${highlighted}`).toBe(describeMap(places, counts, ["iturup"], "ru"));
  });

  it("word a map without dates by its undated items", () => {
    expect(describeShown([tokyo, seattle], new Map([["tokyo", 2]]), "both", 12, true)).toBe(
      "Map showing 1 place of undated items: Tokyo (2 items).",
    );
  });

  it("word no highlight as nothing", () => {
    expect(describeHighlighted(new Map([[tokyo.id, tokyo]]), [], "both")).toBe("");
    expect(describeHighlighted(new Map(), ["tokyo"], "both")).toBe("");
  });
});

describe("OPENING_BOUNDS", () => {
  it("frames Hokkaido and the islands", () => {
    const [w, s, e, n] = OPENING_BOUNDS;
    for (const place of [iturup, kunashir]) {
      const [lon, lat] = place.coordinates;
      expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
    }
    expect(w).toBeLessThanOrEqual(141);
  });
});
