import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issues";
import { importText } from "./importDataset";
import { readSample } from "./samples";

function lines(result: ReturnType<typeof importText>): string[] {
  return (result.ok ? result.warnings : result.errors).map(formatIssue);
}

describe("real published samples", () => {
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
      "events[0].start_date.year: 13.8 billion years ago (year -13800000000) is before year 1, which the timeline cannot draw: kept as undated",
    );
    expect(events.find((e) => e.start === "1021")?.title).toBe("Ibn al-Haytham's Book of Optics");
  });

  it("refuses cosmo.json, whose every date is before year 1, naming each date", () => {
    const result = importText(readSample("cosmo"));
    expect(result.ok).toBe(false);
    const text = lines(result).join("\n");
    expect(text).toContain("None of the 7 items has a date the timeline can draw");
    expect(text).toContain("13.8 billion years ago (year -13800000000)");
    expect(text).toContain("3,500 BCE (year -3500)");
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
      start: "2018-02-07",
      displayDate: "7 February 2018, 01:26 UTC",
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
});
