import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import { addPlace, draftFromDataset, updateEvent } from "./draft";
import { draftHoldsDataset } from "./draftHoldsDataset";

describe("draftHoldsDataset", () => {
  it("holds the dataset it was made of", () => {
    const dataset = smallDataset();
    expect(draftHoldsDataset(draftFromDataset(dataset), dataset)).toBe(true);
  });

  it("not once an item changed, one was added, or for a copy of the dataset", () => {
    const dataset = smallDataset();
    const draft = draftFromDataset(dataset);
    expect(draftHoldsDataset(updateEvent(draft, 0, { title: "Typed" }), dataset)).toBe(false);
    expect(draftHoldsDataset(addPlace(draft, [145, 43], "New place").draft, dataset)).toBe(false);
    expect(draftHoldsDataset(draft, structuredClone(dataset))).toBe(false);
    expect(draftHoldsDataset({ ...draft, meta: { ...draft.meta } }, dataset)).toBe(false);
  });
});
