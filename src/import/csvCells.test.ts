import { describe, expect, it } from "vitest";
import { coordinateOf, joinList, listCell, stepCell } from "./csvCells";

describe("list cells", () => {
  it("keep a ; inside an item, written \\; (review 28: an actor with one came back as two)", () => {
    const lists = [
      ["Foreign Ministry; Japan", "Russia"],
      ["x;y"],
      ["https://example.org/doc;jsessionid=123"],
      ["ends in a backslash\\", "next"],
      ["a\\;b", "c\\\\d", "\\e"],
    ];
    for (const items of lists) {
      expect(listCell(joinList(items))).toEqual(items);
      expect(stepCell(joinList(items))).toEqual(items);
    }
    expect(joinList(["Foreign Ministry; Japan", "Russia"])).toBe(
      "Foreign Ministry\\; Japan; Russia",
    );
    // An untranslated item stays in step.
    expect(stepCell(joinList(["", "Москва; Кремль"]))).toEqual(["", "Москва; Кремль"]);
  });

  it("read a file written before the escapes as they did: a backslash before anything else is itself", () => {
    expect(listCell("C:\\maps\\tokyo; Osaka")).toEqual(["C:\\maps\\tokyo", "Osaka"]);
    expect(listCell("a\\b")).toEqual(["a\\b"]);
    expect(listCell("a\\\\b")).toEqual(["a\\\\b"]);
    expect(listCell(" Abe ; ; Putin ")).toEqual(["Abe", "Putin"]);
    expect(stepCell("; Москва")).toEqual(["", "Москва"]);
    // One item without a ; is written as it is.
    expect(joinList(["C:\\maps\\"])).toBe("C:\\maps\\");
    expect(joinList([])).toBe("");
  });
});

describe("coordinateOf", () => {
  it("reads a lone decimal comma as the point (review 28: a European Excel's ; CSV lost every place)", () => {
    expect(coordinateOf("34,69")).toBe(34.69);
    expect(coordinateOf("-135,50")).toBe(-135.5);
    expect(coordinateOf("34.69")).toBe(34.69);
    expect(coordinateOf("34,69,1")).toBeNaN();
    expect(coordinateOf("1,234.5")).toBeNaN();
    expect(coordinateOf("abc")).toBeNaN();
  });
});
