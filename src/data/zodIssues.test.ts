import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatIssue } from "./issueEnglish";
import { describeValue } from "./issues";
import { eventSchema, geometrySchema } from "./schema";
import { formatPath, REPORT_INPUT, zodIssues } from "./zodIssues";

function issues(schema: z.ZodType, value: unknown, prefix: (string | number)[] = []) {
  const result = schema.safeParse(value, REPORT_INPUT);
  if (result.success) throw new Error("expected the value to fail");
  return zodIssues(result.error, prefix);
}

/** The issues for `value` parsed by `schema`, as the command line prints them in English. */
function sentences(schema: z.ZodType, value: unknown, prefix: (string | number)[] = []): string[] {
  return issues(schema, value, prefix).map(formatIssue);
}

describe("formatPath and formatIssue", () => {
  it("writes JSON paths the way people read them", () => {
    expect(formatPath(["events", 3, "quote", "text"])).toBe("events[3].quote.text");
    expect(formatPath([])).toBe("");
    expect(formatIssue({ path: "events[3].start", code: "required" })).toBe(
      "events[3].start: is required",
    );
    expect(formatIssue({ path: "", code: "emptyFile" })).toBe("The file is empty");
    expect(formatIssue({ path: "", row: 4, column: "Year", code: "noDate" })).toBe(
      "row 4, column Year: has no date: listed as undated",
    );
    expect(formatIssue({ path: "events[2].title", row: 4, code: "noDate" })).toBe(
      "row 4 (events[2].title): has no date: listed as undated",
    );
  });
});

describe("describeValue", () => {
  it("quotes texts, cut at 40 characters, and names lists and objects", () => {
    expect(describeValue("x".repeat(50))).toEqual({ kind: "text", text: `${"x".repeat(40)}…` });
    expect(describeValue([1])).toEqual({ kind: "list" });
    expect(describeValue({})).toEqual({ kind: "object" });
    expect(describeValue(null)).toEqual({ kind: "code", text: "null" });
    expect(describeValue(3)).toEqual({ kind: "code", text: "3" });
  });
});

describe("zodIssues", () => {
  const schema = z.strictObject({
    name: z.string(),
    kind: z.enum(["city", "island"]),
    tags: z.array(z.string()).min(1),
    code: z.string().max(3),
    year: z.number().min(1900),
    start: z.string().refine((s) => /^\d{4}$/.test(s), "is not a year"),
  });
  const good = { name: "a", kind: "city", tags: ["t"], code: "abc", year: 2000, start: "2018" };

  it("gives each issue a code and the values its sentence needs, not a sentence", () => {
    expect(issues(schema, { ...good, name: 3 }, ["places", 2])).toEqual([
      {
        path: "places[2].name",
        code: "wrongType",
        params: { expected: "string", value: { kind: "code", text: "3" } },
      },
    ]);
    expect(issues(schema, { ...good, kind: "moon" })).toEqual([
      {
        path: "kind",
        code: "notAllowed",
        params: {
          value: { kind: "text", text: "moon" },
          allowed: {
            kind: "anyOf",
            items: [
              { kind: "text", text: "city" },
              { kind: "text", text: "island" },
            ],
          },
        },
      },
    ]);
    expect(issues(schema, { ...good, tags: [] })).toEqual([
      { path: "tags", code: "tooFewItems", params: { count: 0, limit: 1 } },
    ]);
    expect(issues(schema, { ...good, start: "soon" })).toEqual([
      { path: "start", code: "notAllowedHere", params: { value: { kind: "text", text: "soon" } } },
    ]);
    expect(
      issues(eventSchema, { id: "x", title: "t", start: "2018-13-45", summary: "s" }, [
        "events",
        3,
      ]),
    ).toEqual([
      {
        path: "events[3].start",
        code: "notADate",
        params: { value: { kind: "text", text: "2018-13-45" } },
      },
    ]);
  });

  it("words each kind of issue from the value it is about, under the prefix", () => {
    expect(sentences(schema, { ...good, name: 3 }, ["places", 2])).toEqual([
      "places[2].name: must be a text, not 3",
    ]);
    expect(sentences(schema, { ...good, kind: "moon" })).toEqual([
      'kind: "moon" is not allowed here: use "city" or "island"',
    ]);
    expect(sentences(schema, { ...good, tags: [] })).toEqual([
      "tags: has 0 items: it must have at least 1",
    ]);
    expect(sentences(schema, { ...good, code: "abcd" })).toEqual([
      'code: "abcd" is 4 characters long, and this field holds at most 3: shorten it by 1 character or more',
    ]);
    expect(sentences(schema, { ...good, year: 1800 })).toEqual([
      "year: 1800 is too small: it must be at least 1900",
    ]);
    // A refinement of someone else's words (not a code of ours) still names the value.
    expect(sentences(schema, { ...good, start: "soon" })).toEqual([
      'start: "soon" is not allowed here',
    ]);
    expect(sentences(schema, { ...good, extra: 1 })).toEqual(["has an unknown key: extra"]);
    expect(sentences(schema, { ...good, extra: 1, more: 2 })).toEqual([
      "has unknown keys: extra and more",
    ]);
  });

  it("says a missing field is required", () => {
    const { name: _name, ...withoutName } = good;
    expect(sentences(schema, withoutName)).toEqual(["name: is required"]);
  });

  it("explains a bad event of the real schema", () => {
    const lines = sentences(
      eventSchema,
      { id: "x", title: "t", start: "2018-13-45", places: "tokyo", summary: "s" },
      ["events", 3],
    );
    expect(lines).toContain(
      'events[3].start: "2018-13-45" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)',
    );
    expect(lines).toContain('events[3].places: must be a list, not "tokyo"');
  });

  it("quotes a discriminated union's tag, not the object around it", () => {
    expect(sentences(geometrySchema, { type: "Point", coordinates: [0, 0] })).toEqual([
      'type: "Point" is not a geometry type here: use "Polygon" or "MultiPolygon"',
    ]);
    expect(sentences(geometrySchema, { coordinates: [] })).toEqual(["type: is required"]);
  });
});
