import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { getSearchIndex, search } from "./searchIndex";
import { matchSnippet } from "./snippet";
import { searchDataset } from "./testData";
import { closestNameWord, editDistance, nameWordsOf, typosAllowed } from "./typos";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swapped neighbours as one each", () => {
    expect(editDistance("kunashri", "kunashir", 2)).toBe(1);
    expect(editDistance("kunashr", "kunashir", 2)).toBe(1);
    expect(editDistance("kunashirr", "kunashir", 2)).toBe(1);
    expect(editDistance("kumashir", "kunashir", 2)).toBe(1);
    expect(editDistance("etorrofo", "etorofu", 2)).toBe(2);
    expect(editDistance("same", "same", 2)).toBe(0);
  });
  it("stops past the most it is asked about", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("closestNameWord", () => {
  const words = nameWordsOf(["Kunashir", "Etorofu / Iturup", "Sergei Lavrov", "United States"]);
  it("keeps each word of a name as the name writes it", () => {
    expect(words.get("kunashir")).toBe("Kunashir");
    expect(words.get("iturup")).toBe("Iturup");
    expect(words.get("states")).toBe("States");
  });
  it("corrects one typo in short words and two in long ones, never words under four letters", () => {
    expect(typosAllowed(3)).toBe(0);
    expect(closestNameWord("kunashri", words)).toBe("kunashir");
    expect(closestNameWord("etorrofo", words)).toBe("etorofu");
    expect(closestNameWord("itrup", words)).toBe("iturup");
    expect(closestNameWord("itrap", words)).toBeNull();
    expect(closestNameWord("usa", words)).toBeNull();
  });
});

describe("search with typos and notes", () => {
  const index = getSearchIndex(indexDataset(searchDataset()));
  const ids = (query: string) => search(index, query).events.map((match) => match.event.id);

  it("finds a word of an event's note", () => {
    expect(ids("Crimea")).toEqual(["airport"]);
    const event = index.dataset.byId.get("airport");
    if (!event) throw new Error("no airport event");
    expect(matchSnippet(index.dataset, event, ["crimea"])?.label).toBe("Note");
  });

  it("answers a misspelt name with the results of the name, saying which", () => {
    const result = search(index, "Itruup");
    expect(result.correction).toBe("Iturup");
    expect(result.places.map((match) => match.place.id)).toEqual(["iturup"]);
    expect(result.events.map((match) => match.event.id).sort()).toEqual(["airport", "war"]);
    expect(search(index, "Sergie Lavrvo").correction).toBe("Sergei Lavrov");
    expect(search(index, "Etorrofo").correction).toBe("Etorofu");
  });

  it("corrects nothing when the query matches as typed, or nothing is close", () => {
    expect(search(index, "tok").correction).toBeUndefined();
    expect(search(index, "xyzzy")).toMatchObject({ events: [], places: [], total: 0 });
    expect(search(index, "xyzzy").correction).toBeUndefined();
  });
});
