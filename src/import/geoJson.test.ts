import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importText } from "./importDataset";

/** The file's items in its order: the date each starts at, or the text it shows undated. */
function opened(text: string) {
  const result = importText(text, "dates.geojson");
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
  const { events, undated = [] } = result.dataset;
  const items = [
    ...events.map((e) => ({ title: e.title, start: e.start, approximate: e.approximate })),
    ...undated.map((item) => ({ title: item.title, shown: item.displayDate })),
  ].sort((a, b) => a.title.localeCompare(b.title, "en", { numeric: true }));
  return { items, messages: result.warnings.map(formatIssue) };
}

/** One point feature per set of properties. */
function features(properties: Record<string, unknown>[], at = () => [141.35, 43.06]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: properties.map((props, i) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: at() },
      properties: { title: `Feature ${i}`, ...props },
    })),
  });
}

/** A FeatureCollection of one point per date, as a GeoJSON of some other tool's writes them. */
function geoJson(dates: unknown[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: dates.map((date, i) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [141.35, 43.06] },
      properties: { title: `Feature ${i}`, date },
    })),
  });
}

describe("GeoJSON's dates", () => {
  // The unit tests run in Los Angeles' zone (package.json), where a local reading moved them.
  it("reads a date that names no zone the same in every zone: a day as that day, a time as UTC", () => {
    const result = importText(
      geoJson([
        "Thu, 15 Mar 2018",
        "March 20, 2018 10:30",
        "2018-03-21 14:30",
        "20 July 1969 2:30 PM",
      ]),
      "dates.geojson",
    );
    if (!result.ok) throw new Error("the file opens");
    // A space for the "T" lost the time (review 28).
    expect(result.dataset.events.map(({ start }) => start)).toEqual([
      "2018-03-15",
      "2018-03-20T10:30",
      "2018-03-21T14:30",
      "1969-07-20T14:30",
    ]);
  });

  it("reads a date that names its zone as that instant", () => {
    const result = importText(
      geoJson(["Thu, 15 Mar 2018 10:00:00 GMT", "2018-03-15T19:00:00+09:00"]),
      "zoned.geojson",
    );
    if (!result.ok) throw new Error("the file opens");
    expect(result.dataset.events.map(({ start }) => start)).toEqual([
      "2018-03-15T10:00",
      "2018-03-15T10:00",
    ]);
  });

  it("reads no date it cannot be sure of: each is undated, with its text and a note (review 28)", () => {
    const { items, messages } = opened(
      geoJson(["-0044", "01.06.2018", "Spring 1943", "3/8/2018", "44 BC", "c. 1850", "1e12"]),
    );
    expect(items).toEqual([
      { title: "Feature 0", shown: "44 BCE" },
      { title: "Feature 1", shown: "01.06.2018" },
      { title: "Feature 2", shown: "Spring 1943" },
      { title: "Feature 3", shown: "3/8/2018" },
      { title: "Feature 4", shown: "44 BCE" },
      { title: "Feature 5", start: "1850", approximate: true },
      { title: "Feature 6", shown: "1e12" },
    ]);
    expect(messages).toEqual([
      "features[0].properties.date: 44 BCE is before year 1, which the timeline cannot draw: kept as undated",
      'features[1].properties.date: "01.06.2018" cannot be read as one date: listed as undated, with the text shown',
      'features[2].properties.date: "Spring 1943" cannot be read as one date: listed as undated, with the text shown',
      'features[3].properties.date: "3/8/2018" cannot be read as one date: listed as undated, with the text shown',
      "features[4].properties.date: 44 BCE is before year 1, which the timeline cannot draw: kept as undated",
      'features[6].properties.date: "1e12" cannot be read as one date: listed as undated, with the text shown',
    ]);
  });

  it("reads `year` as a whole year and numbers as epoch milliseconds only from 1973 (review 28)", () => {
    const { items, messages } = opened(
      features([
        { year: -44 },
        { year: 0 },
        { year: 1956.5 },
        { year: "1956" },
        { year: "-44" },
        { time: "2018-03-21T14:30:00Z" },
        { time: 1521642600000 },
        { time: 1521642600 },
        { date: 43191 },
        { start: 20180321 },
        { date: 1956 },
      ]),
    );
    expect(items).toEqual([
      { title: "Feature 0", shown: "44 BCE" },
      { title: "Feature 1", shown: "1 BCE" },
      { title: "Feature 2", shown: "1956.5" },
      { title: "Feature 3", start: "1956" },
      { title: "Feature 4", shown: "44 BCE" },
      { title: "Feature 5", start: "2018-03-21T14:30" },
      { title: "Feature 6", start: "2018-03-21T14:30" },
      { title: "Feature 7", shown: "1521642600" },
      { title: "Feature 8", shown: "43191" },
      { title: "Feature 9", shown: "20180321" },
      { title: "Feature 10", start: "1956" },
    ]);
    const number =
      "is not a date: a number is read as milliseconds since 1970 (from 1973 on), not as seconds, a YYYYMMDD number or a spreadsheet day number; write the date as text, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC) (listed as undated)";
    expect(messages).toEqual([
      "features[0].properties.year: 44 BCE is before year 1, which the timeline cannot draw: kept as undated",
      "features[1].properties.year: 1 BCE is before year 1, which the timeline cannot draw: kept as undated",
      'features[2].properties.year: "1956.5" is not a year',
      "features[4].properties.year: 44 BCE is before year 1, which the timeline cannot draw: kept as undated",
      `features[7].properties.time: 1521642600 ${number}`,
      `features[8].properties.date: 43191 ${number}`,
      `features[9].properties.start: 20180321 ${number}`,
    ]);
  });

  it("skips a null or empty property and reads the next: QGIS writes empty attributes as null (review 28)", () => {
    const { items, messages } = opened(
      features([
        { date: null, start: "2018-04-10", end: "2018-04-12" },
        { start: null, year: 1956 },
        { time: "", date: "  ", year: 1855 },
        { date: null, start: null, year: null },
      ]),
    );
    expect(items).toEqual([
      { title: "Feature 0", start: "2018-04-10" },
      { title: "Feature 1", start: "1956" },
      { title: "Feature 2", start: "1855" },
      { title: "Feature 3", shown: undefined },
    ]);
    expect(messages).toEqual([
      "features[3].properties: has no time, date, start or year: listed as undated",
    ]);
  });

  it("keeps an unread start's text, with its end, as the undated item's date (review 28)", () => {
    const { items } = opened(
      features([
        { date: "15.03.2018" },
        { date: "15.03.2018", end: "20.03.2018" },
        { start: "Spring 1943", end: "1944" },
        { start: "-0044", end: "0014" },
      ]),
    );
    expect(items).toEqual([
      { title: "Feature 0", shown: "15.03.2018" },
      { title: "Feature 1", shown: "15.03.2018 – 20.03.2018" },
      { title: "Feature 2", shown: "Spring 1943 – 1944" },
      // A year before 1 alone, as the other readers keep it: the page writes it in its language.
      { title: "Feature 3", shown: "44 BCE" },
    ]);
  });
});

describe("GeoJSON's coordinates", () => {
  it("names a position in the file's order, and a projected layer once, with how to export it (review 28)", () => {
    const positions = [
      [200, 95],
      [4256000, 15554000],
      [4256100, 15554100],
      [141.35, 43.06],
      [4256200, 15554200],
    ];
    const { messages } = opened(features([{}, {}, {}, {}, {}], () => positions.shift() ?? []));
    expect(messages.filter((line) => line.includes("geometry"))).toEqual([
      "features[0].geometry: [200, 95] is not a longitude and latitude: left off the map",
      "features[1].geometry: [4256000, 15554000] looks like projected coordinates (metres), not a longitude and latitude, as do 2 more features: left off the map. Export the layer as EPSG:4326 / WGS 84 (in QGIS: Export › Save Features As…, CRS EPSG:4326)",
    ]);
  });
});

describe("GeoJSON's features without a geometry", () => {
  it("are events without a place, said once with their count (review 41 R10: not a word)", () => {
    const file = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: null, properties: { title: "A", date: "2018-03-21" } },
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [147.9, 45] },
          properties: { title: "B", date: "2018-04-01" },
        },
        { type: "Feature", properties: { title: "C", date: "2017-01-01" } },
      ],
    });
    const result = importText(file, "null.geojson");
    if (!result.ok) throw new Error("the file opens");
    expect(result.dataset.events.map(({ title, places }) => [title, places.length])).toEqual([
      ["A", 0],
      ["B", 1],
      ["C", 0],
    ]);
    expect(result.warnings.map(formatIssue)).toEqual([
      "features[0].geometry: 2 features have no geometry (this is the first): they are listed as events without a place",
    ]);
    const one = importText(geoJson(["2018"]).replace(/"geometry":\{[^}]*\}/, '"geometry":null'));
    expect(one.ok && one.warnings.map(formatIssue)).toEqual([
      "features[0].geometry: this feature has no geometry: it is listed as an event without a place",
    ]);
  });
});
