import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { unknownHeader } from "./sniff";

describe("unknownHeader", () => {
  it("quotes the first names of the row, cut short when they are long", () => {
    expect(formatIssue(unknownHeader(["name", "when"]))).toMatch(/^Row 1 \(name, when\) is not/);
    const long = unknownHeader(["x".repeat(500), "y"]);
    expect(long.params?.names).toEqual({ kind: "code", text: `${"x".repeat(80)}…` });
  });
});
