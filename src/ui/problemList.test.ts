import { describe, expect, it } from "vitest";
import type { DatasetIssue, IssueCode } from "../data/issues";
import { listProblems } from "./problemList";

const issue = (code: IssueCode, row: number): DatasetIssue => ({ path: "", row, code });
const shown = (lines: ReturnType<typeof listProblems>["lines"]) =>
  lines.map((line) =>
    line.kind === "issue" ? `${line.issue.code}@${line.issue.row}` : `+${line.count}`,
  );

describe("listProblems", () => {
  it("lists the first three of a kind, counts the rest in one line, and keeps other kinds in view", () => {
    const problems = [
      ...Array.from({ length: 60 }, (_, i) => issue("noDate", i + 2)),
      issue("notALatitude", 70),
    ];
    const { lines, rest } = listProblems(problems);
    expect(shown(lines)).toEqual(["noDate@2", "noDate@3", "noDate@4", "+57", "notALatitude@70"]);
    expect(rest).toBe(0);
  });

  it("lists a kind of eight or fewer whole, in the load's order", () => {
    const problems = [
      ...Array.from({ length: 8 }, (_, i) => issue("noDate", i + 2)),
      issue("notALatitude", 20),
    ];
    expect(shown(listProblems(problems).lines)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `noDate@${i + 2}`),
      "notALatitude@20",
    ]);
  });

  it("counts what lies past the most lines", () => {
    const codes: IssueCode[] = ["noDate", "notALatitude", "noHeadline"];
    const problems = codes.flatMap((code) => Array.from({ length: 9 }, (_, i) => issue(code, i)));
    const { lines, rest } = listProblems(problems, 5);
    expect(shown(lines)).toEqual(["noDate@0", "noDate@1", "noDate@2", "+6", "notALatitude@0"]);
    expect(rest).toBe(8 + 9);
  });
});
