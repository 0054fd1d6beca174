import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import { draftDataset, draftFromDataset, updateEvent } from "./draft";
import { restoreDraft, serialiseDraft } from "./draftStorage";

describe("stored drafts", () => {
  it("restore to the same draft, invalid fields and their messages included", () => {
    const draft = updateEvent(draftFromDataset(smallDataset(), "Headline\n\nPara one."), 0, {
      start: "2018-13",
      title: "Typed title",
    });
    const stored = JSON.parse(JSON.stringify(serialiseDraft(draft, 1234)));
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.savedAt).toBe(1234);
    expect(restored.draft.events[0]?.fields).toEqual(draft.events[0]?.fields);
    expect(restored.draft.events[0]?.errors.start).toMatchObject({ code: "notADate" });
    expect(restored.draft.sourceText).toBe("Headline\n\nPara one.");
    expect(draftDataset(restored.draft)).toEqual(draftDataset(draft));
  });

  it("refuse damaged or foreign data with a reason", () => {
    for (const value of [null, 3, { version: 2 }, { version: 1, draft: { events: 1 } }]) {
      const result = restoreDraft(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.key).toMatch(/^editor\.draft/);
    }
  });
});
