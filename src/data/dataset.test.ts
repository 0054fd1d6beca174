/**
 * The shipped dataset: valid, complete, every quote verbatim in the article,
 * and island outlines that sit where the islands are.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Box, ringsBox, signedArea } from "../../scripts/lib/rings";
import { checkQuotes, splitParagraphs } from "./checkQuotes";
import { formatEventDate } from "./dates";
import { placeName } from "./names";
import { parseDataset } from "./parseDataset";
import type { Geometry } from "./schema";

const raw: unknown = JSON.parse(
  readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
);
// The article is not in the repository (it is China Daily's); CI keeps it in the `shared` folder
// beside the checkout, and ARTICLE_TEXT may point elsewhere. Without it, the two tests that read
// it are reported as skipped, never as passed.
const articleUrl = process.env.ARTICLE_TEXT
  ? new URL(`file://${process.env.ARTICLE_TEXT}`)
  : new URL("../../../shared/article.txt", import.meta.url);
const article = existsSync(articleUrl) ? readFileSync(articleUrl, "utf8") : null;
const withArticle = it.skipIf(article === null);
const jsonSchema = JSON.parse(
  readFileSync(new URL("../../data/dataset.schema.json", import.meta.url), "utf8"),
);

const result = parseDataset(raw);
if (!result.ok)
  throw new Error(`the shipped dataset does not parse: ${JSON.stringify(result.errors)}`);
const { dataset, warnings } = result;
const place = (id: string) => dataset.places.find((p) => p.id === id);
const event = (id: string) => dataset.events.find((e) => e.id === id);

const ISLANDS = ["iturup", "kunashir", "shikotan", "habomai"];
const DISPUTED = [...ISLANDS, "disputed-islands"];

describe("the shipped dataset", () => {
  it("parses with no warnings", () => {
    expect(warnings).toEqual([]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(17);
  });

  it("describes its source", () => {
    expect(dataset.meta.source).toMatchObject({
      title: "Chilly Japan-Russia ties unlikely to thaw",
      author: "Cai Hong",
      publication: "China Daily Asia Weekly",
      date: "2018-04-02",
      url: "http://www.chinadaily.com.cn/a/201803/26/WS5ab83731a3105cdcf6514249.html",
    });
    expect(dataset.meta.licence).toMatch(/China Daily/);
  });

  withArticle("quotes the article verbatim, in the right paragraph, for every event", () => {
    const events = (raw as { events: unknown[] }).events;
    expect(checkQuotes(events, article ?? "")).toEqual({ checked: events.length, issues: [] });
  });

  withArticle("numbers paragraphs from the first block after the headline", () => {
    const paragraphs = splitParagraphs(article ?? "");
    expect(paragraphs[0]).toMatch(/^Acold spell with snow/);
    expect(paragraphs[1]).toBe(
      "Jest aside, a chill has indeed descended upon Japan-Russia relations.",
    );
  });

  it("keeps quotes short", () => {
    for (const e of dataset.events) expect(e.quote?.text.length ?? 0).toBeLessThanOrEqual(320);
  });

  it("has every place the article names", () => {
    const ids = dataset.places.map((p) => p.id);
    for (const id of [
      "tokyo",
      "moscow",
      "nagato",
      "da-nang",
      "seattle",
      "washington",
      "salisbury",
      "hokkaido",
      ...DISPUTED,
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives the disputed places both names, a neutral status and their own scripts", () => {
    for (const id of DISPUTED) {
      const p = place(id);
      expect(p?.disputed, id).toBe(true);
      expect(p?.names?.ja, id).toBeTruthy();
      expect(p?.names?.ru, id).toBeTruthy();
      expect(p?.names?.native?.ja, id).toBeTruthy();
      expect(p?.names?.native?.ru, id).toBeTruthy();
      expect(p?.status, id).toMatch(/Administered by Russia.*claimed by Japan/);
    }
    const iturup = place("iturup");
    if (!iturup) throw new Error("no iturup");
    expect(placeName(iturup, "ja")).toBe("Etorofu");
    expect(placeName(iturup, "ru")).toBe("Iturup");
    expect(placeName(iturup, "both")).toBe("Etorofu / Iturup");
    expect(iturup.names?.native).toEqual({ ja: "択捉島", ru: "Итуруп" });
    const kunashir = place("kunashir");
    expect(kunashir && placeName(kunashir, "both")).toBe("Kunashiri / Kunashir");
  });

  it.each([
    ["soviet-union-takes-the-islands", "August 1945 – September 1945"],
    ["japan-sanctions-russia", "2014"],
    ["nagato-summit", "December 2016"],
    ["joint-economic-projects-agreed", "December 2016"],
    ["da-nang-apec-meeting", "November 2017"],
    ["japan-decides-to-buy-aegis-ashore", "19 December 2017"],
    ["japan-russia-cultural-years", "2018"],
    ["iturup-airport-shared-with-air-force", "January 2018"],
    ["military-exercise-on-the-islands", "6 February 2018"],
    ["northern-territories-day", "7 February 2018"],
    ["skripal-nerve-agent-attack", "4 March 2018"],
    ["russian-presidential-election", "18 March 2018"],
    ["lavrov-arrives-in-tokyo", "21 March 2018"],
    ["lavrov-snow-joke", "21 March 2018"],
    ["lavrov-warns-on-aegis-ashore", "21 March 2018"],
    ["us-steel-aluminium-tariffs", "23 March 2018"],
    ["us-expels-russian-diplomats", "26 March 2018"],
    ["huntsman-largest-expulsion", "c. late March 2018"],
    ["abe-plans-washington-visit", "c. mid-April 2018"],
    ["abe-plans-visit-to-russia", "May 2018"],
    ["abe-and-putin-meet-20-times", "2013 – 2017"],
  ])("dates %s as %s", (id, written) => {
    const e = event(id);
    expect(e, id).toBeDefined();
    if (e) expect(formatEventDate(e)).toBe(written);
  });

  it("says where a date or fact comes from outside the article", () => {
    for (const id of [
      "soviet-union-takes-the-islands",
      "japan-decides-to-buy-aegis-ashore",
      "skripal-nerve-agent-attack",
      "us-expels-russian-diplomats",
      "northern-territories-day",
      "nagato-summit",
      "da-nang-apec-meeting",
    ]) {
      expect(event(id)?.note, id).toMatch(/general knowledge/);
    }
  });

  it("names disputed islands in titles through place tokens", () => {
    expect(event("iturup-airport-shared-with-air-force")?.title).toBe(
      "Russia to share the civilian airport on {iturup} with its air force",
    );
    for (const e of dataset.events) {
      expect(e.title, e.id).not.toMatch(/\b(Iturup|Etorofu|Kunashiri?)\b/);
    }
  });

  it("uses a small vocabulary of actors and tags", () => {
    const actors = new Set(dataset.events.flatMap((e) => e.actors));
    const tags = new Set(dataset.events.flatMap((e) => e.tags));
    expect([...actors].sort()).toEqual(
      ["APEC", "Japan", "Russia", "Soviet Union", "United Kingdom", "United States"].sort(),
    );
    expect([...tags].sort()).toEqual(
      ["culture", "diplomacy", "economy", "politics", "security", "territory"].sort(),
    );
  });

  it("writes dates that the published JSON Schema accepts", () => {
    const pattern = new RegExp(
      jsonSchema.properties.events.items.properties.start.pattern as string,
    );
    for (const e of dataset.events) {
      expect(e.start, e.id).toMatch(pattern);
      if (e.end) expect(e.end, e.id).toMatch(pattern);
    }
    expect("2018-13").not.toMatch(pattern);
  });
});

function polygonsOf(geometry: Geometry): number[][][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(geometry: Geometry): Box {
  return ringsBox(polygonsOf(geometry).flat());
}

describe("island outlines", () => {
  it.each(DISPUTED)("%s has an outline around its point, off Hokkaido", (id) => {
    const p = place(id);
    if (!p?.geometry) throw new Error(`${id} has no geometry`);
    const [west, south, east, north] = bboxOf(p.geometry);
    const [lon, lat] = p.coordinates;
    expect(lon).toBeGreaterThanOrEqual(west);
    expect(lon).toBeLessThanOrEqual(east);
    expect(lat).toBeGreaterThanOrEqual(south);
    expect(lat).toBeLessThanOrEqual(north);
    // All of it east of Hokkaido's Cape Nosappu and south of Urup.
    expect(west).toBeGreaterThan(145.3);
    expect(east).toBeLessThan(149);
    expect(south).toBeGreaterThan(43.3);
    expect(north).toBeLessThan(45.6);
  });

  it("draws rings closed and wound the GeoJSON way", () => {
    for (const id of DISPUTED) {
      const geometry = place(id)?.geometry;
      if (!geometry) throw new Error(`${id} has no geometry`);
      for (const [outer, ...holes] of polygonsOf(geometry)) {
        if (!outer) throw new Error(`${id} has an empty polygon`);
        expect(outer[0]).toEqual(outer.at(-1));
        expect(signedArea(outer), id).toBeGreaterThan(0);
        for (const hole of holes) expect(signedArea(hole), id).toBeLessThan(0);
      }
    }
  });

  it("makes the group the union of the four islands", () => {
    const group = place("disputed-islands")?.geometry;
    if (!group) throw new Error("no group geometry");
    const islands = ISLANDS.flatMap((id) => {
      const geometry = place(id)?.geometry;
      return geometry ? polygonsOf(geometry) : [];
    });
    expect(polygonsOf(group)).toEqual(islands);
    expect(place("habomai")?.geometry?.type).toBe("MultiPolygon");
    expect(place("iturup")?.geometry?.type).toBe("Polygon");
  });

  it("gives only the disputed places an outline", () => {
    const outlined = dataset.places.filter((p) => p.geometry).map((p) => p.id);
    expect(outlined.sort()).toEqual([...DISPUTED].sort());
  });
});

describe("the shipped dataset without the validator", () => {
  it("loads to the same dataset as parseDataset makes", async () => {
    const { withDefaults } = await import("../load/shippedDataset");
    const { parseDataset } = await import("./parseDataset");
    const raw = JSON.parse(
      readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
    );
    const parsed = parseDataset(raw);
    if (!parsed.ok) throw new Error("the shipped dataset must parse");
    expect(withDefaults(raw)).toEqual(parsed.dataset);
  });
});
