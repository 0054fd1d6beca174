import { describe, expect, it } from "vitest";
import {
  closestColumn,
  columnIndex,
  columnLetters,
  missingRequiredColumns,
  repeatedColumns,
  unknownColumns,
} from "./csvHeader";

describe("our CSV's header", () => {
  it("names each column it does not read, with the one it is close to (review 28)", () => {
    const header = [
      "title",
      "start",
      "sumary",
      "notes",
      "actor",
      "tag",
      "description",
      "Display_Date",
    ];
    expect(unknownColumns(header)).toEqual([
      { name: "sumary", known: "summary" },
      { name: "notes", known: "note" },
      { name: "actor", known: "actors" },
      { name: "tag", known: "tags" },
      { name: "description" },
      { name: "Display_Date", known: "display date" },
    ]);
  });

  it("says nothing of the template's columns, its translations, aliases, empty or repeated names", () => {
    const header = [
      "Title",
      "start",
      "LAT",
      "longitude",
      "title (ja)",
      "Place (pt-BR)",
      "",
      " ",
      "link text",
    ];
    expect(unknownColumns(header)).toEqual([]);
    expect(unknownColumns(["title", "start", "extra", "EXTRA"])).toEqual([{ name: "extra" }]);
    // Not a translation: a language tag is 2 or 3 letters.
    expect(unknownColumns(["title (japanese)"])).toEqual([{ name: "title (japanese)" }]);
  });

  it("suggests a column only where one alone is close", () => {
    expect(closestColumn("lan")).toBeUndefined();
    expect(closestColumn("latitud")).toBe("lat");
    expect(closestColumn("placekind")).toBe("place kind");
    expect(closestColumn("url")).toBeUndefined();
  });

  it("reads latitude and longitude (lng, long) as lat and lon, the first of each column", () => {
    const index = columnIndex(["title", "latitude", "lng", "lon", "title"]);
    expect([index.get("title"), index.get("lat"), index.get("lon")]).toEqual([0, 1, 2]);
    expect(columnIndex(["long"]).get("lon")).toBe(0);
  });
});

describe("a header close to ours (review 32: titel, strat and Start Date got no hint)", () => {
  it("names each required column it lacks, with the cell that probably holds it", () => {
    expect(missingRequiredColumns(["titel", "start", "summary"])).toEqual([
      { column: "title", cell: "titel" },
    ]);
    expect(missingRequiredColumns(["title", "strat"])).toEqual([
      { column: "start", cell: "strat" },
    ]);
    expect(missingRequiredColumns(["Title", "End Date", "Start Date"])).toEqual([
      { column: "start", cell: "Start Date" },
    ]);
    expect(missingRequiredColumns(["Title", "End Date"])).toEqual([{ column: "start" }]);
    expect(missingRequiredColumns(["Titel", "Date"])).toEqual([
      { column: "title", cell: "Titel" },
      { column: "start", cell: "Date" },
    ]);
  });

  it("names a hand-made sheet's columns that probably are ours (review 35 F12)", () => {
    expect(missingRequiredColumns(["Date", "Event", "Place"])).toEqual([
      { column: "title", cell: "Event" },
      { column: "start", cell: "Date" },
    ]);
    expect(missingRequiredColumns(["Event", "Start", "Place"])).toEqual([
      { column: "title", cell: "Event" },
    ]);
    expect(missingRequiredColumns(["name", "start"])).toEqual([{ column: "title", cell: "name" }]);
    expect(missingRequiredColumns(["name", "when"])).toEqual([
      { column: "title", cell: "name" },
      { column: "start", cell: "when" },
    ]);
  });

  it("is null for a header of ours, or one not close to it", () => {
    expect(missingRequiredColumns(["title", "start"])).toBeNull();
    expect(missingRequiredColumns(["name", "age"])).toBeNull();
    expect(missingRequiredColumns(["Date", "Place"])).toBeNull();
    expect(missingRequiredColumns(["Year", "Month", "Headlin"])).toBeNull();
  });
});

describe("repeated columns", () => {
  it("are the template's (aliases and translations too) named again to the right, with where", () => {
    expect(
      repeatedColumns(["title", "x", "x", "Title ", "latitude", "lat", "note (ja)", "note (ja)"]),
    ).toEqual([
      { name: "Title", at: 3, known: "title" },
      { name: "lat", at: 5, known: "lat" },
      { name: "note (ja)", at: 7, known: "note (ja)" },
    ]);
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
