import { describe, expect, it } from "vitest";
import { closestColumn, columnIndex, unknownColumns } from "./csvHeader";

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
