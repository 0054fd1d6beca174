import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importText } from "./importDataset";

describe("the builder's messages", () => {
  it("name the column of a CSV row's link that is not a web address", () => {
    const result = importText("title,start,link\nA,2018,not-a-url; https://ok.example\n", "a.csv");
    expect(result.ok && result.warnings.map(formatIssue)).toContain(
      'row 2, column link: "not-a-url" is not an http: or https: link: left out',
    );
  });
});
