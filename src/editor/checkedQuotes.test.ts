import { describe, expect, it } from "vitest";
import type { QuoteCheck } from "../provenance/quoteCheck";
import { event, smallDataset } from "../test/fixtures";
import { withCheckedQuotes } from "./checkedQuotes";
import { draftFromDataset, updateEvent } from "./draft";
import { restoreDraft, serialiseDraft } from "./draftStorage";
import { quoteStatus } from "./quoteCheck";

function quotedDraft() {
  const dataset = smallDataset();
  const [first, second, ...rest] = dataset.events;
  if (!first || !second) throw new Error("the fixture has two events");
  return draftFromDataset({
    ...dataset,
    events: [
      { ...first, quote: { text: "peace treaty", paragraph: 3 } },
      { ...second, quote: { text: "not there", paragraph: 4 } },
      ...rest,
      event("unquoted", "2018-05-26"),
    ],
  });
}

const checked = (mismatched: string[]): QuoteCheck => ({
  kind: "checked",
  by: "build",
  against: "the article",
  sha256: null,
  mismatched: new Set(mismatched),
});

describe("withCheckedQuotes (review 39 R1)", () => {
  it("keeps the quotes the dataset's check found, not those it refused", () => {
    const draft = quotedDraft();
    const refused = draft.events[1]?.fields.id ?? "";
    const kept = withCheckedQuotes(draft, checked([refused]));
    const statusOf = (d: typeof kept, i: number) => {
      const fields = d.events[i]?.fields;
      return quoteStatus(
        fields?.quote ?? "",
        fields?.paragraph ?? "",
        d.sourceText,
        d.events[i]?.checkedQuote,
      ).state;
    };
    expect(statusOf(kept, 0)).toBe("checked-before");
    expect(statusOf(kept, 1)).toBe("no-source");
    // Typed over, it is no longer the quote that was checked.
    expect(statusOf(updateEvent(kept, 0, { quote: "peace treaties" }), 0)).toBe("no-source");
  });

  it("gives nothing for a dataset not checked, or checking", () => {
    const draft = quotedDraft();
    expect(withCheckedQuotes(draft, { kind: "not-checked", reason: "r" })).toBe(draft);
    expect(withCheckedQuotes(draft, { kind: "checking", against: "/a.txt" })).toBe(draft);
  });

  it("are stored with their events and restored", () => {
    const draft = withCheckedQuotes(quotedDraft(), checked([]));
    const stored = serialiseDraft(draft, 1);
    const restored = restoreDraft(JSON.parse(JSON.stringify(stored)));
    if (!restored.ok) throw new Error(restored.reason.key);
    const marks = (d: typeof draft) => d.events.map((event) => event.checkedQuote);
    expect(marks(restored.draft)).toEqual(marks(draft));
    expect(marks(draft).filter(Boolean)).toHaveLength(2);
    // In the events' rows (stored in chunks), not in the draft's head, which every save rewrites.
    expect(Object.keys(stored.draft)).not.toContain("checkedQuotes");
    expect(stored.draft.events[0]).toHaveProperty("checkedQuote");
  });
});
