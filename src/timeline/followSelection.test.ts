import { describe, expect, it } from "vitest";
import type { Interval } from "../data/dates";
import { followSelection, type SeenSelection } from "./followSelection";

const YEAR = 365 * 24 * 3600 * 1000;
const at = (year: number): Interval => ({
  start: Date.UTC(year, 0, 1),
  end: Date.UTC(year, 0, 1) + 1,
});
/** The shipped story's opening view, 2016–2018. */
const VIEW: Interval = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 0, 1) + 2 * YEAR };
const inView = (view: Interval | null, target: Interval) =>
  view !== null && target.end > view.start && target.start < view.end;

describe("followSelection", () => {
  it("brings a newly selected event into view, and leaves a view that shows it", () => {
    const moved = followSelection(null, "e", at(1956), "selected", VIEW);
    expect(inView(moved.view, at(1956))).toBe(true);
    expect(moved.seen).toEqual({ id: "e", interval: at(1956) });
    expect(followSelection(null, "e", at(2017), "selected", VIEW).view).toBeNull();
  });

  it("follows a selected event that first appears in a re-index (selected before it was indexed)", () => {
    // The editor's New story: its first event, once valid, is selected before the draft is indexed.
    const selected = followSelection(null, "new-event", undefined, "selected", VIEW);
    expect(selected).toEqual({ seen: { id: "new-event", interval: null }, view: null });
    const indexed = followSelection(selected.seen, "new-event", at(1956), "reindexed", VIEW);
    expect(inView(indexed.view, at(1956))).toBe(true);
    expect(indexed.seen).toEqual({ id: "new-event", interval: at(1956) });
  });

  it("follows a selected event a re-index moves, not one it leaves where it was", () => {
    const seen: SeenSelection = { id: "e", interval: at(2017) };
    expect(inView(followSelection(seen, "e", at(1956), "reindexed", VIEW).view, at(1956))).toBe(
      true,
    );
    expect(followSelection(seen, "e", at(2017), "reindexed", VIEW).view).toBeNull();
  });

  it("leaves the window on a model's first look at a selection it did not see made (a link's)", () => {
    expect(followSelection(null, "e", at(1956), "reindexed", VIEW).view).toBeNull();
    const other: SeenSelection = { id: "other", interval: null };
    expect(followSelection(other, "e", at(1956), "reindexed", VIEW).view).toBeNull();
  });

  it("keeps waiting while re-indexes still lack the selected event, and forgets a cleared one", () => {
    const waiting: SeenSelection = { id: "e", interval: null };
    expect(followSelection(waiting, "e", undefined, "reindexed", VIEW)).toEqual({
      seen: waiting,
      view: null,
    });
    expect(followSelection(waiting, null, undefined, "selected", VIEW)).toEqual({
      seen: null,
      view: null,
    });
  });
});
