import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_LENGTH } from "../data/limits";
import { parseDataset } from "../data/parseDataset";
import type { Dataset } from "../data/schema";
import { importText } from "../import/importDataset";
import { readSample } from "../import/samples";
import { neutraliseCell, toCsv } from "./toCsv";
import { toGeoJson } from "./toGeoJson";
import { toJson } from "./toJson";

function opened(text: string, name?: string): Dataset {
  const result = importText(text, name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** What a CSV carries: everything but the title, periods and the places' extra names. */
function csvPart(dataset: Dataset) {
  return {
    events: dataset.events,
    undated: dataset.undated,
    places: dataset.places.map(({ id, name, kind, coordinates }) => ({
      id,
      name,
      kind,
      coordinates,
    })),
  };
}

/** Each event's id, dates and its places' coordinates, in time order. */
function eventsAt(dataset: Dataset) {
  const at = new Map(dataset.places.map((place) => [place.id, place.coordinates]));
  return dataset.events
    .map((e) => ({ id: e.id, start: e.start, end: e.end, at: e.places.map((id) => at.get(id)) }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

describe("export, then open the export", () => {
  it("gives the same events, places and dates from our CSV", () => {
    const first = opened(readSample("womenInComputing"));
    const again = opened(toCsv(first), "women.csv");
    expect(csvPart(again)).toEqual(csvPart(first));
    // And once more: the export of the reopened export is the same file.
    expect(toCsv(again)).toBe(toCsv(first));
  });

  it("reopens an imported story's CSV as the same story: its title, events and undated items, no problem said", () => {
    for (const sample of ["cosmoMixed", "markTwain"] as const) {
      const first = opened(readSample(sample), `${sample}.json`);
      expect(first.undated?.length).toBeGreaterThan(0);
      // The file's name is not the title: a download is named after it, a copy may not be.
      const reopened = importText(toCsv(first), "Downloads/story (1).csv");
      if (!reopened.ok) throw new Error(JSON.stringify(reopened.errors));
      // Each undated item said "row 7, column start: is empty: listed as undated".
      expect(reopened.warnings).toEqual([]);
      expect(reopened.dataset.meta).toEqual(first.meta);
      // The places as rows first name them: an undated item's (Mark Twain's "Itinerant
      // Printer") after the events', where the story listed it among them.
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      const { places, ...items } = csvPart(reopened.dataset);
      const { places: firstPlaces, ...firstItems } = csvPart(first);
      expect(items).toEqual(firstItems);
      expect(places.sort(byId)).toEqual(firstPlaces.sort(byId));
      expect(toCsv(reopened.dataset)).toBe(toCsv(first));
    }
  });

  it("keeps each event at its own place through CSV when two places share a name", () => {
    // Mark Twain's story has two "Florida, Missouri"; USGS's week names ~490 epicentres twice.
    for (const sample of ["markTwain", "usgsEarthquakes"] as const) {
      const first = opened(readSample(sample), `${sample}.json`);
      const again = opened(toCsv(first), `${sample}.csv`);
      const at = (dataset: Dataset) => {
        const places = new Map(dataset.places.map((place) => [place.id, place.coordinates]));
        return dataset.events.map((event) => event.places.map((id) => places.get(id)));
      };
      expect(at(again)).toEqual(at(first));
      expect(again.places.length).toBe(first.places.length);
    }
  });

  it("keeps the shipped dataset's events, quotes, links, places and translations through CSV", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
    );
    const parsed = parseDataset(shipped);
    if (!parsed.ok) throw new Error("the shipped dataset does not parse");
    const reopened = importText(toCsv(parsed.dataset), "japan-russia-relations-2018.csv");
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.errors));
    expect(reopened.warnings).toEqual([]);
    const again = reopened.dataset;
    // The story's title and description, in every language (the title was the file's name).
    const { title, description, i18n } = parsed.dataset.meta;
    expect(again.meta.title).toBe(title);
    expect(again.meta.description).toBe(description);
    for (const lang of ["ja", "ru", "zh"]) {
      const { labels, ...texts } = i18n?.[lang] ?? {};
      expect(texts.title).toBeTruthy();
      expect(again.meta.i18n?.[lang]).toMatchObject(texts);
    }
    // Every event as it was: its quote with its drop cap (review 28: the mark was lost), its links
    // with their words (`link text`). The titles, summaries and notes in Japanese, Russian and
    // Chinese come back from `title (ja)`…
    expect(again.events).toEqual(parsed.dataset.events);
    expect(parsed.dataset.events.some((event) => event.quote?.dropCap)).toBe(true);
    expect(again.events.filter((event) => event.i18n?.ja?.title).length).toBe(
      parsed.dataset.events.length,
    );
    // …the places' names from `place (ja)`, the actors' and tags' from `actors (ja)`, `tags (ja)`.
    const names = (dataset: Dataset) =>
      Object.fromEntries(
        dataset.places.map((place) => [
          place.id,
          Object.fromEntries(
            Object.entries(place.i18n ?? {}).map(([lang, texts]) => [lang, texts.name]),
          ),
        ]),
      );
    const used = new Set(again.places.map((place) => place.id));
    const shippedNames = Object.entries(names(parsed.dataset)).filter(([id]) => used.has(id));
    expect(Object.entries(names(again))).toEqual(expect.arrayContaining(shippedNames));
    expect(Object.keys(names(again)).length).toBe(shippedNames.length);
    for (const lang of ["ja", "ru", "zh"]) {
      const labels = parsed.dataset.meta.i18n?.[lang]?.labels ?? {};
      const namedInEvents = new Set(parsed.dataset.events.flatMap((e) => [...e.actors, ...e.tags]));
      expect(again.meta.i18n?.[lang]?.labels).toEqual(
        Object.fromEntries(Object.entries(labels).filter(([name]) => namedInEvents.has(name))),
      );
    }
    expect(toCsv(again)).toBe(toCsv(parsed.dataset));
    expect(again.events.map((e) => e.links?.map((l) => l.url))).toEqual(
      parsed.dataset.events.map((e) => e.links?.map((l) => l.url)),
    );
    // The places that events name, in the order rows first name them.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const named = new Set(parsed.dataset.events.flatMap((e) => e.places));
    expect(csvPart(again).places.sort(byId)).toEqual(
      csvPart(parsed.dataset)
        .places.filter((p) => named.has(p.id))
        .sort(byId),
    );
  });

  it("keeps through CSV a ; inside a list's item, each link's words or none, the thumbnail and the drop cap (review 28)", () => {
    const first = opened(
      JSON.stringify({
        meta: { title: "Semicolons" },
        places: [
          { id: "p1", name: "Habomai; Shikotan", kind: "island-group", coordinates: [146, 43.5] },
          { id: "p2", name: "C:\\maps\\", kind: "site", coordinates: [140, 40] },
        ],
        events: [
          {
            id: "a",
            title: "A",
            start: "2018",
            places: ["p1", "p2"],
            actors: ["Foreign Ministry; Japan", "Russia"],
            tags: ["x;y"],
            links: [
              { label: "Read; the report", url: "https://example.org/doc;jsessionid=123" },
              { url: "https://example.org/unlabelled" },
            ],
            media: { url: "https://example.org/i.jpg", thumbnail: "https://example.org/t.jpg" },
            quote: { text: "Acold wind", paragraph: 2, dropCap: true },
          },
          {
            id: "b",
            title: "B",
            start: "2019",
            places: [],
            links: [{ url: "https://example.org/none" }],
            quote: { text: "Plain", paragraph: 1, dropCap: false },
          },
        ],
      }),
    );
    const reopened = importText(toCsv(first), "semicolons.csv");
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.errors));
    expect(reopened.warnings).toEqual([]);
    expect(reopened.dataset.events).toEqual(first.events);
    expect(reopened.dataset.places).toEqual(first.places);
    expect(toCsv(reopened.dataset)).toBe(toCsv(first));
  });

  it("neutralises formula cells and reads them back as written", () => {
    expect(neutraliseCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(neutraliseCell("+1")).toBe("'+1");
    expect(neutraliseCell("-5 degrees")).toBe("'-5 degrees");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("Plain")).toBe("Plain");
    // A western or southern coordinate is a number to a spreadsheet, not a formula.
    expect(neutraliseCell("-91.79326")).toBe("-91.79326");
    expect(neutraliseCell("-1+2")).toBe("'-1+2");
    const csv = "title,start,summary\n'=1+1,2018,'-5 degrees\n";
    const dataset = opened(csv);
    expect(dataset.events[0]).toMatchObject({ title: "=1+1", summary: "-5 degrees" });
    const exported = toCsv(dataset);
    expect(exported).toContain("'=1+1");
    expect(exported).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it("exports JSON that validates, and GeoJSON of places with their events", () => {
    const dataset = opened(readSample("usgsEarthquakes"));
    const json = parseDataset(JSON.parse(toJson(dataset)));
    expect(json.ok && json.dataset).toEqual(dataset);
    const geo = JSON.parse(toGeoJson(dataset));
    expect(geo.features).toHaveLength(dataset.places.length);
    expect(geo.features[0].properties.events[0]).toMatchObject({
      id: expect.any(String),
      start: expect.any(String),
    });
    // Reopened as it is, each event comes back with its date at its place's coordinates.
    const reopened = opened(toGeoJson(dataset), "earthquakes.geojson");
    expect(reopened.places.map((p) => p.coordinates)).toEqual(
      dataset.places.map((p) => p.coordinates),
    );
    expect(eventsAt(reopened)).toEqual(eventsAt(dataset));
  });

  it("keeps an imported story's undated items in its GeoJSON, at their places if they have any", () => {
    for (const sample of ["cosmoMixed", "markTwain"] as const) {
      const first = opened(readSample(sample), `${sample}.json`);
      expect(first.undated?.length).toBeGreaterThan(0);
      const again = opened(toGeoJson(first), `${sample}.geojson`);
      // They were left out: "5 events, 6 undated" reopened as "5 events".
      const items = (dataset: Dataset) =>
        (dataset.undated ?? []).map((item) => ({
          id: item.id,
          title: item.title,
          places: item.places.length,
          displayDate: item.displayDate,
        }));
      expect(items(again)).toEqual(items(first));
      // Their written dates ("13.8 billion years ago") came back too: they were lost.
      if (sample === "cosmoMixed")
        expect(items(again).filter((item) => item.displayDate)).toHaveLength(6);
      expect(again.events.map((e) => e.id).sort()).toEqual(first.events.map((e) => e.id).sort());
      // Marked undated on purpose, as the CSV's rows are: nothing to say on reopening.
      const reopened = importText(toGeoJson(first), `${sample}.geojson`);
      expect(reopened.ok && reopened.warnings.filter((w) => /start$/.test(w.path))).toEqual([]);
    }
  });

  it("keeps an imported story's body (its HTML) through GeoJSON, as the JSON keeps it (review 28)", () => {
    for (const sample of ["allMediaTypes", "katrina"] as const) {
      const first = opened(readSample(sample), `${sample}.json`);
      const bodies = (dataset: Dataset) =>
        [...dataset.events, ...(dataset.undated ?? [])].map((item) => [item.id, item.body]);
      expect(bodies(first).filter(([, body]) => body).length).toBeGreaterThan(2);
      expect(bodies(opened(toGeoJson(first), `${sample}.geojson`))).toEqual(bodies(first));
    }
    // Read back as the JSON's is: checked against its length, kept as written, cleaned when shown.
    const geo = JSON.parse(toGeoJson(opened(readSample("katrina"), "katrina.json")));
    const [listed] = geo.features.flatMap(
      (feature: { properties: { events: object[] } }) => feature.properties.events,
    );
    listed.body = `<p onclick="x()">${"a".repeat(30_000)}</p>`;
    const reopened = opened(JSON.stringify(geo), "long.geojson");
    const body = [...reopened.events, ...(reopened.undated ?? [])].find(
      (item) => item.id === listed.id,
    )?.body;
    expect(body?.startsWith('<p onclick="x()">aaa')).toBe(true);
    expect(body?.length).toBeLessThanOrEqual(MAX_LENGTH.body);
  });

  it("keeps each link's words through GeoJSON, and a link without words without (review 28 H10)", () => {
    const story = opened(
      JSON.stringify({
        meta: { title: "Links" },
        places: [{ id: "tokyo", name: "Tokyo", kind: "city", coordinates: [139.7, 35.7] }],
        events: [
          {
            id: "a",
            title: "A",
            start: "2018",
            places: ["tokyo"],
            links: [
              { url: "https://example.org/bare" },
              { label: "Report", url: "https://example.org/r" },
            ],
          },
        ],
      }),
      "links.json",
    );
    const again = opened(toGeoJson(story), "links.geojson");
    expect(again.events[0]?.links).toEqual([
      { url: "https://example.org/bare" },
      { label: "Report", url: "https://example.org/r" },
    ]);
  });

  it("reads an empty start in a GeoJSON not marked undated as a problem, as a CSV's", () => {
    const geo = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [1, 2] },
          properties: {
            name: "Here",
            events: [
              { id: "a", title: "Dated", start: "2018" },
              { id: "b", title: "No date", start: "" },
            ],
          },
        },
      ],
    };
    const reopened = importText(JSON.stringify(geo), "x.geojson");
    expect(reopened.ok && reopened.warnings.map((w) => w.code)).toEqual(["emptyStart"]);
    expect(reopened.ok && reopened.dataset.undated?.map((item) => item.id)).toEqual(["b"]);
  });

  it("keeps the shipped story's places' kinds through CSV: its islands came back sites (review 24)", () => {
    const shipped = parseDataset(
      JSON.parse(
        readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
      ),
    );
    if (!shipped.ok) throw new Error("the shipped dataset does not parse");
    const kinds = (dataset: Dataset) =>
      dataset.places.map((place) => `${place.id} ${place.kind}`).sort();
    const reopened = opened(toCsv(shipped.dataset), "japan-russia.csv");
    expect(new Set(kinds(reopened).map((line) => line.split(" ")[1])).size).toBeGreaterThan(2);
    expect(kinds(reopened)).toEqual(kinds(shipped.dataset));
  });

  it("reopens the shipped story's GeoJSON: every event, those without a place included, names filled in", () => {
    const shipped = parseDataset(
      JSON.parse(
        readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
      ),
    );
    if (!shipped.ok) throw new Error("the shipped dataset does not parse");
    const geo = toGeoJson(shipped.dataset);
    expect(geo).not.toMatch(/\{[a-z0-9-]+\}/);
    const reopened = opened(geo, "japan-russia.geojson");
    const dates = (dataset: Dataset) =>
      dataset.events.map((e) => [e.id, e.start, e.end, e.places.length > 0]).sort();
    expect(dates(reopened)).toEqual(dates(shipped.dataset));
  });

  it("keeps in the shipped story's GeoJSON what it has room for, in the story's order (review 24)", () => {
    const shipped = parseDataset(
      JSON.parse(
        readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
      ),
    );
    if (!shipped.ok) throw new Error("the shipped dataset does not parse");
    const kept = (dataset: Dataset) =>
      dataset.events.map((e) => ({
        id: e.id,
        approximate: e.approximate === true,
        summary: e.summary,
        actors: e.actors,
        tags: e.tags,
        links: e.links?.map((link) => link.url),
        places: e.places,
      }));
    const reopened = opened(toGeoJson(shipped.dataset), "japan-russia.geojson");
    expect(shipped.dataset.events.some((e) => e.approximate)).toBe(true);
    expect(kept(reopened)).toEqual(kept(shipped.dataset));
    // The places whole: the disputed ones with their names by perspective, status and note.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(reopened.places.some((place) => place.disputed)).toBe(true);
    expect([...reopened.places].sort(byId)).toEqual([...shipped.dataset.places].sort(byId));
  });
});
