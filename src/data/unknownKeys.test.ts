import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue } from "./issueEnglish";
import { parseDataset } from "./parseDataset";
import { closestField } from "./unknownKeys";

const lines = (result: ReturnType<typeof parseDataset>) =>
  (result.ok ? result.warnings : result.errors).map(formatIssue);

describe("keys our format does not have (review 28 H5)", () => {
  it("are each said at their first place, with the field they are probably a misspelling of", () => {
    const result = parseDataset({
      meta: { title: "Typos", sourse: { title: "x" } },
      places: [
        {
          id: "tokyo",
          name: "Tokyo",
          kind: "city",
          coordinates: [139.69, 35.69],
          disputd: true,
          colour: "red",
        },
      ],
      events: [
        {
          id: "a",
          title: "A",
          start: "2018-03-21",
          palces: ["tokyo"],
          summery: "Important",
          Tags: ["x"],
          quote: { text: "q", paragraph: 1, pargraph: 2 },
          i18n: { ja: { titel: "エー" } },
        },
        { id: "b", title: "B", start: "2018-03-22", summery: "Also" },
      ],
      period: [{ id: "p", title: "P", start: "2018" }],
    });
    expect(result.ok).toBe(true);
    expect(lines(result)).toEqual([
      "period: is not a field of our format and is left out: did you mean periods?",
      "meta.sourse: is not a field of our format and is left out: did you mean source?",
      "places[0].disputd: is not a field of our format and is left out: did you mean disputed?",
      "places[0].colour: is not a field of our format and is left out",
      "events[0].palces: is not a field of our format and is left out: did you mean places?",
      "events[0].summery: is not a field of our format and is left out: did you mean summary? (2 times)",
      "events[0].Tags: is not a field of our format and is left out: did you mean tags?",
      "events[0].quote.pargraph: is not a field of our format and is left out: did you mean paragraph?",
      "events[0].i18n.ja.titel: is not a field of our format and is left out: did you mean title?",
    ]);
  });

  it("are said of an event that is left out too, beside its own problem", () => {
    const result = parseDataset({
      meta: { title: "T" },
      events: [
        { id: "a", title: "A", start: "2018" },
        { id: "b", titel: "B", start: "2018" },
      ],
    });
    expect(lines(result)).toEqual([
      "events[1].title: is required: the event is left out",
      "events[1].titel: is not a field of our format and is left out: did you mean title?",
    ]);
  });

  it("are none in the shipped story", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
    );
    const result = parseDataset(shipped);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe("closestField", () => {
  const fields = ["id", "title", "start", "end", "places", "tags", "lat", "lon"];
  it("finds the one field a key is close to, case and separators aside", () => {
    expect(closestField("Tags", fields)).toBe("tags");
    expect(closestField("palces", fields)).toBe("places");
    expect(closestField("Start_", fields)).toBe("start");
  });
  it("names none where two are as close, or the key is short and wrong", () => {
    expect(closestField("lan", fields)).toBeNull();
    expect(closestField("xyz", fields)).toBeNull();
    expect(closestField("colour", fields)).toBeNull();
  });
});
