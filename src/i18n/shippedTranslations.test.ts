/** The shipped dataset speaks every interface language: each event, place and label is translated. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../data/parseDataset";
import { placeTokens } from "../data/placeTokens";
import { LANGUAGES } from "./languages";

const parsed = parseDataset(
  JSON.parse(readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8")),
);
if (!parsed.ok) throw new Error("the shipped dataset does not parse");
const { dataset } = parsed;
const others = LANGUAGES.filter((lang) => lang !== "en");

describe.each(others)("the shipped dataset in %s", (lang) => {
  it("titles, summarises and notes every event, naming the same places as the English title", () => {
    for (const event of dataset.events) {
      const translation = event.i18n?.[lang];
      expect(translation?.title, event.id).toBeTruthy();
      expect(translation?.summary, event.id).toBeTruthy();
      // A note stays in English only where the event has none (18 did, in every language).
      if (event.note) expect(translation?.note, `${event.id}'s note`).toBeTruthy();
      expect(placeTokens(translation?.title ?? "").sort(), event.id).toEqual(
        placeTokens(event.title).sort(),
      );
    }
  });
  it("names every place, and the disputed ones in both perspectives, with their status", () => {
    for (const place of dataset.places) {
      const translation = place.i18n?.[lang];
      expect(translation?.name, place.id).toBeTruthy();
      if (place.disputed) {
        expect(translation?.ja, place.id).toBeTruthy();
        expect(translation?.ru, place.id).toBeTruthy();
        expect(translation?.status, place.id).toBeTruthy();
      }
    }
  });
  it("has the title, a note that says these are translations, and every actor and tag", () => {
    const meta = dataset.meta.i18n?.[lang];
    expect(meta?.title).toBeTruthy();
    expect(meta?.note).toBeTruthy();
    const labels = new Set(dataset.events.flatMap((event) => [...event.actors, ...event.tags]));
    for (const label of labels) expect(meta?.labels?.[label], label).toBeTruthy();
  });
});
