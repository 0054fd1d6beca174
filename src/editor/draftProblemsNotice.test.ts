import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import { draftFromDataset, updateEvent } from "./draft";
import { draftProblems } from "./draftProblemsNotice";

describe("draftProblems", () => {
  const draft = draftFromDataset(smallDataset());

  it("counts the items whose fields have problems, and those never valid, left out of the file", () => {
    expect(draftProblems(draft)).toEqual({ count: 0, left: 0 });
    const broken = updateEvent(draft, 0, { start: "2016-13-45" });
    expect(draftProblems(broken)).toEqual({ count: 1, left: 0 });
    const never = { ...broken, events: [...broken.events, { ...broken.events[0], valid: null }] };
    expect(draftProblems(never as typeof draft)).toEqual({ count: 2, left: 1 });
  });
});
