import { describe, expect, it } from "vitest";
import { pickerLabelKey } from "./pickerLabel";

describe("pickerLabelKey", () => {
  it("offers another file after a file", () => {
    expect(pickerLabelKey({ kind: "file", name: "broken.json" })).toBe("problems.openAnotherFile");
  });

  it("offers another dataset after an address, pasted rows or the default (review 37 R9)", () => {
    expect(pickerLabelKey({ kind: "url", url: "/mine/broken.json" })).toBe(
      "problems.openAnotherDataset",
    );
    expect(pickerLabelKey({ kind: "file", name: "pasted rows", pasted: true })).toBe(
      "problems.openAnotherDataset",
    );
    expect(pickerLabelKey({ kind: "default" })).toBe("problems.openAnotherDataset");
    expect(pickerLabelKey(null)).toBe("problems.openAnotherDataset");
  });
});
