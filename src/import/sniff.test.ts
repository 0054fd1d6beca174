import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { isTimelineJs2, sniffJson, unknownHeader } from "./sniff";

describe("unknownHeader", () => {
  it("quotes the first names of the row, cut short when they are long", () => {
    expect(formatIssue(unknownHeader(["name", "when"]))).toMatch(/^Row 1 \(name, when\) is not/);
    const long = unknownHeader(["x".repeat(500), "y"]);
    expect(long.params?.names).toEqual({ kind: "code", text: `${"x".repeat(80)}…` });
  });
});

describe("isTimelineJs2", () => {
  it("knows TimelineJS 2's timeline object with its date list", () => {
    const old = {
      timeline: { headline: "H", type: "default", date: [{ startDate: "2011,12,10" }] },
    };
    expect(sniffJson(old)).toBeNull();
    expect(isTimelineJs2(old)).toBe(true);
    expect(isTimelineJs2({ timeline: { date: [] } })).toBe(true);
  });

  it("leaves other JSON alone: TimelineJS 3, an object named timeline without dates", () => {
    const three = { events: [{ start_date: { year: "2011" } }] };
    expect(isTimelineJs2(three)).toBe(false);
    expect(isTimelineJs2({ timeline: [{ date: [] }] })).toBe(false);
    expect(isTimelineJs2({ timeline: { events: [] } })).toBe(false);
    expect(isTimelineJs2(null)).toBe(false);
  });
});
