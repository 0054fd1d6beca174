import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importText } from "./importDataset";
import { readSample } from "./samples";

function lines(result: ReturnType<typeof importText>): string[] {
  return (result.ok ? result.warnings : result.errors).map(formatIssue);
}

describe("real published samples", () => {
  it("opens TimelineJS's women_in_computing.csv as Excel saves it in Europe: semicolons and a BOM", () => {
    const sample = readSample("womenInComputing");
    const rows = Papa.parse<string[]>(sample, { delimiter: "," }).data;
    const semicolons = `\uFEFF${Papa.unparse(rows, { delimiter: ";", newline: "\r\n" })}`;
    expect(semicolons.split("\n")[0]).toMatch(/^\uFEFFYear;Month;Day;/);
    const saved = importText(semicolons, "women_in_computing.csv");
    const original = importText(sample, "women_in_computing.csv");
    if (!saved.ok || !original.ok) throw new Error(lines(saved).join("\n"));
    expect(saved.format).toBe("timeline-sheet");
    expect(saved.dataset.events).toEqual(original.dataset.events);
  });

  it("opens TimelineJS's women_in_computing.csv: title slide, dates, rich text and media", () => {
    const result = importText(readSample("womenInComputing"), "women_in_computing.csv");
    expect(result.format).toBe("timeline-sheet");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { meta, events } = result.dataset;
    expect(meta.title).toBe("Women in Computing");
    expect(meta.description).toMatch(/^In this sample timeline/);
    // 11 slides: the title slide and 10 events.
    expect(events).toHaveLength(10);
    const ada = events.find((event) => event.id === "ada-lovelace");
    expect(ada).toMatchObject({ start: "1815-12-10", end: "1852-11-27" });
    expect(ada?.body).toContain('<a href="https://en.wikipedia.org/wiki/Ada_Lovelace">');
    expect(ada?.summary).toMatch(/^Women have been programming/);
    expect(ada?.summary).not.toContain("<");
    expect(ada?.media?.url).toMatch(/^https:\/\/upload\.wikimedia\.org\//);
    expect(ada?.media?.credit).toBe("Wikimedia Commons");
    // A month without a day keeps month precision.
    expect(events.find((e) => e.title === "...And the women who made it work")?.start).toBe(
      "1943-07",
    );
    // The quotation given as media is kept as text, said so.
    const clarke = events.find((e) => e.title.startsWith("Edith Clarke"));
    expect(clarke?.body).toContain("<blockquote>There is no demand for women engineers");
  });

  it("opens my-own-timeline.csv as the same events", () => {
    const result = importText(readSample("myOwnTimeline"));
    if (!result.ok) throw new Error(lines(result).join("\n"));
    expect(result.dataset.meta.title).toBe("MY OWN CSV");
    expect(result.dataset.events).toHaveLength(10);
  });

  it("opens all-media-types.json: groups become lanes, embeds it cannot link to are named", () => {
    const result = importText(readSample("allMediaTypes"));
    expect(result.format).toBe("timeline-json");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { events } = result.dataset;
    expect(events).toHaveLength(41);
    expect(events.find((e) => e.title === "iFrame")?.actors).toEqual(["HTML"]);
    expect(events.find((e) => e.title === "Twitter")?.actors).toEqual([]);
    expect(events.find((e) => e.title === "YouTube Videos")?.actors).toEqual(["Video"]);
    expect(
      lines(result).some((line) => /<iframe.*is not an http: or https: address/.test(line)),
    ).toBe(true);
    // Ids are unique slugs even for repeated headlines ("Bluesky" twice).
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("bluesky-2");
  });

  it("keeps cosmo-mixed.json's deep-time events as undated, written the way people write them", () => {
    const result = importText(readSample("cosmoMixed"));
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { events, undated = [] } = result.dataset;
    expect(events.map((e) => e.start)).toEqual([
      "1021",
      "1609-11",
      "1826",
      "1969-07-20",
      "1990-04-25",
    ]);
    expect(undated.map((item) => item.displayDate)).toEqual([
      "13.8 billion years ago",
      "4.6 billion years ago",
      "540 million years ago",
      "300,000 years ago",
      "3,500 BCE",
      "300 BCE",
    ]);
    expect(lines(result)[0]).toBe(
      "events[0].start_date.year: 13.8 billion years ago is before year 1, which the timeline cannot draw: kept as undated",
    );
    expect(events.find((e) => e.start === "1021")?.title).toBe("Ibn al-Haytham's Book of Optics");
  });

  it("refuses cosmo.json, whose every date is before year 1, naming each date", () => {
    const result = importText(readSample("cosmo"));
    expect(result.ok).toBe(false);
    const text = lines(result).join("\n");
    expect(text).toContain(
      "None of the 7 items has a date the timeline can draw or a place on the map",
    );
    expect(text).toContain("13.8 billion years ago is before year 1");
    expect(text).toContain("3,500 BCE is before year 1");
  });

  it("opens the USGS earthquake feed: one place per epicentre, dates from epoch milliseconds", () => {
    const result = importText(readSample("usgsEarthquakes"));
    expect(result.format).toBe("geojson");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { meta, events, places } = result.dataset;
    expect(meta.title).toBe("USGS All Earthquakes, Past Week");
    expect(events).toHaveLength(1707);
    const first = events.find((e) => e.id === "ci37868143");
    // time 1517966773840 is 2018-02-07T01:26:13.840Z.
    expect(first).toMatchObject({
      title: "M 2.0 - 4km W of Castaic, CA",
      start: "2018-02-07T01:26",
      tags: ["earthquake"],
    });
    const place = places.find((p) => p.id === first?.places[0]);
    expect(place).toMatchObject({
      name: "4km W of Castaic, CA",
      coordinates: [-118.6671667, 34.4945],
    });
    expect(places.length).toBeLessThanOrEqual(events.length);
    expect(lines(result)).toEqual([]);
  });

  it("opens StoryMapJS's marktwain.json: overview, places, years, an undated slide, media as links", () => {
    const result = importText(readSample("markTwain"), "marktwain.json");
    expect(result.format).toBe("storymap");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { meta, events, places, undated = [] } = result.dataset;
    // The overview slide gives the title and description; it is not an event.
    expect(meta.title).toBe("Mark Twain JSON");
    expect(meta.description).toMatch(/^Samuel Langhorne Clemens/);
    // 15 slides: the overview, 13 dated slides and one without a date.
    expect(events).toHaveLength(13);
    expect(events.map((e) => e.start)).toEqual([
      "1835",
      "1839",
      "1851",
      "1862",
      "1865",
      "1866",
      "1867",
      "1868",
      "1870",
      "1872",
      "1891",
      "1891",
      "1891",
    ]);
    expect(undated.map((item) => item.title)).toEqual(["Itinerant Printer"]);
    expect(lines(result)).toContain("storymap.slides[4]: has no date: listed as undated");
    // A named location is a place; a nameless one takes the slide's headline.
    const place = (id: string | undefined) => places.find((p) => p.id === id);
    const born = events.find((e) => e.title === "Florida, Missouri");
    expect(place(born?.places[0])).toMatchObject({
      name: "Florida, Missouri",
      coordinates: [-91.79326, 39.491711],
    });
    expect(place(events.find((e) => e.title === "Stormfield")?.places[0])?.name).toBe("Stormfield");
    // The same coordinates are one place ("Travels" in 1867, "Financial" in 1891).
    const travels = events.find((e) => e.title === "Travels");
    expect(events.find((e) => e.title === "Financial")?.places).toEqual(travels?.places);
    expect(places).toHaveLength(12);
    // A slide of only a picture and its caption is named by the caption, and so is its place.
    const gazette = events.find((e) => e.start === "1851");
    expect(gazette?.title).toBe("Hannibal Gazette");
    expect(place(gazette?.places[0])?.name).toBe("Hannibal Gazette");
    expect(lines(result)).toContain('storymap.slides[3]: has no title: titled "Hannibal Gazette"');
    // Media stay links with their captions (the app loads nothing until the reader asks).
    expect(born?.media).toMatchObject({
      url: "https://twitter.com/MarkTwainQuote/status/441928360583643136",
      caption: "Mark Twain's birthplace, Florida, Missouri",
    });
    expect(gazette?.media?.url).toBe("http://www.youtube.com/watch?v=C-nTpGMMVjY");
    // The map's pushpin icons (maps.gstatic.com) are not kept anywhere.
    expect(JSON.stringify(result.dataset)).not.toContain("gstatic");
  });

  it("opens StoryMapJS's population.json: a subtitled overview, 22 census years, rich text", () => {
    const result = importText(readSample("population"), "population.json");
    expect(result.format).toBe("storymap");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { meta, events, places, undated = [] } = result.dataset;
    expect(meta.title).toBe("US Manifest Destiny — Mean center of United States population");
    expect(events).toHaveLength(23);
    expect(undated).toEqual([]);
    expect(events[0]).toMatchObject({ id: "1790", title: "1790", start: "1790" });
    expect(events.at(-1)?.start).toBe("2010");
    expect(places).toHaveLength(23);
    const last = events.at(-1);
    expect(places.find((p) => p.id === last?.places[0])).toMatchObject({
      name: "Texas County, Missouri",
      coordinates: [-92.173096, 37.517534],
    });
    // Markup stays in the body, to be sanitised when shown; the summary is plain text.
    const first = events[0];
    expect(first?.body).toContain("<span class='vco-note'>");
    expect(first?.summary).not.toContain("<");
    expect(lines(result)).toEqual([]);
  });
});

describe("StoryMapJS maps without dates", () => {
  it("opens flickr-zach.wise.json: 20 undated photos with their places, no warning of the missing dates", () => {
    const result = importText(readSample("flickrZachWise"), "flickr-zach.wise.json");
    expect(result.format).toBe("storymap");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { events, places, undated = [] } = result.dataset;
    expect(events).toEqual([]);
    expect(undated).toHaveLength(20);
    expect(undated.every((item) => item.places.length === 1)).toBe(true);
    expect(places.length).toBeGreaterThan(1);
    // Its captions without the views StoryMapJS's Flickr importer set beside them ("White-out196").
    expect(undated.map((item) => item.title)).toContain("White-out");
    expect(undated.map((item) => item.title)).toContain("Chicago is deicing.");
    // A map without dates is the usual story map: its slides are not each a warning.
    expect(lines(result).filter((line) => line.includes(" date"))).toEqual([]);
    // Twenty slides without a headline are one note, not twenty lines.
    expect(lines(result)).toEqual([
      "20 items have no title: each is titled by the start of its text or its caption",
    ]);
  });

  it("titles katrina.json by its first overview slide, and keeps its closing overview slide as a slide", () => {
    const result = importText(readSample("katrina"), "katrina.json");
    if (!result.ok) throw new Error(lines(result).join("\n"));
    const { meta, undated = [] } = result.dataset;
    expect(meta.title).toBe("The Path of Hurricane Katrina");
    expect(meta.description).toMatch(/^In just a few short days nature left a serious mark/);
    expect(undated.map((item) => item.displayDate)).toEqual([
      "Aug 23",
      "Aug 26",
      "Aug 27",
      "Aug 28",
      "Aug 29",
      "Aug 30",
      "Aug 31",
    ]);
    expect(undated.at(-1)?.summary).toMatch(/downgraded to a tropical depression/);
  });

  it("says bob-boilen.json's own tiles are not used: its points are drawn on the world map", () => {
    const result = importText(readSample("bobBoilen"), "bob-boilen.json");
    expect(result.ok).toBe(true);
    expect(lines(result)).toEqual([
      `storymap.map_type: the story's own map ("http://apps.npr.org/bob-boilens-wristban…") is not used: its points are drawn on the world map, where they may not belong`,
    ]);
  });

  it("refuses seurat.json, drawn on a painting, saying that alone: its points are not on the Earth, and there are no dates", () => {
    const result = importText(readSample("seurat"), "seurat.json");
    expect(result.ok).toBe(false);
    expect(lines(result)).toEqual([
      "The story is drawn on an image (a gigapixel map), not on a map of the Earth, and none of its items has a date for the timeline: there is nothing here to show",
    ]);
  });
});

describe("a TimelineJS 2 file", () => {
  it("is refused saying it is TimelineJS 2, which neither the explorer nor TimelineJS 3 reads", () => {
    const result = importText(readSample("timelineJs2"), "example_json.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((issue) => issue.code)).toEqual(["timelineJs2"]);
    const [said] = lines(result);
    expect(said).toMatch(/^This is a TimelineJS 2 file/);
    // What to do: the sheet's rows into TimelineJS 3's template, or TimelineJS 3's JSON.
    expect(said).toContain("TimelineJS 3's sheet template");
    expect(said).toContain("TimelineJS 3 JSON");
  });
});
