import { describe, expect, it } from "vitest";
import { assignLanes, lanesWithShown, shownPerLane } from "./lanes";
import { articleIndex } from "./testData";

const e = (actors: string[], tags: string[] = []) => ({ actors, tags });

describe("assignLanes", () => {
  it("puts each event in the lane of its first actor, lanes by count", () => {
    const { lanes, laneOf } = assignLanes(
      [e(["Japan", "Russia"]), e(["Russia"]), e(["Japan"])],
      "actors",
    );
    expect(lanes.map((lane) => lane.label)).toEqual(["Japan", "Russia"]);
    expect(Array.from(laneOf)).toEqual([0, 1, 0]);
  });

  it("sends events without an actor, and rare actors beyond the limit, to Other", () => {
    const events = [e(["A"]), e(["A"]), e(["B"]), e(["C"]), e([]), e(["D"])];
    const { lanes, laneOf } = assignLanes(events, "actors", 3);
    expect(lanes.map((lane) => lane.label)).toEqual(["A", "B", "Other"]);
    expect(lanes.map((lane) => lane.count)).toEqual([2, 1, 3]);
    expect(Array.from(laneOf)).toEqual([0, 0, 1, 2, 2, 2]);
  });

  it("uses a later actor's lane when the first has none", () => {
    const events = [e(["A"]), e(["A"]), e(["B"]), e(["B"]), e(["Z", "B"]), e([])];
    const { laneOf } = assignLanes(events, "actors", 3);
    expect(laneOf[4]).toBe(1);
  });

  it("can lay lanes out by tag", () => {
    const { lanes } = assignLanes([e(["A"], ["culture"]), e(["B"], ["culture"])], "tags");
    expect(lanes).toEqual([{ id: "culture", label: "culture", count: 2 }]);
  });

  it("lanes the article by actor with Japan and Russia first", () => {
    const index = articleIndex();
    const { lanes, laneOf } = assignLanes(index.events, "actors");
    expect(lanes[0]?.label).toBe("Japan");
    expect(lanes[1]?.label).toBe("Russia");
    expect(laneOf.length).toBe(index.events.length);
    expect(lanes.reduce((sum, lane) => sum + lane.count, 0)).toBe(index.events.length);
  });

  it("rejects a lane limit below one", () => {
    expect(() => assignLanes([], "actors", 0)).toThrow("invalid maxLanes: 0");
  });
});

describe("shownPerLane", () => {
  const laneOf = Uint8Array.from([0, 1, 0, 2, 1, 0]);
  it("counts the events the mask passes in each lane", () => {
    expect(Array.from(shownPerLane(laneOf, 3, Uint8Array.from([1, 0, 1, 0, 1, 0])) ?? [])).toEqual([
      2, 1, 0,
    ]);
    // A lane past the last event's (Other, emptied by the filter) counts none.
    expect(Array.from(shownPerLane(laneOf, 4, Uint8Array.from([0, 1, 0, 1, 1, 1])) ?? [])).toEqual([
      1, 2, 1, 0,
    ]);
  });

  it("counts every event of a lane the mask passes whole, and none under a mask passing nothing", () => {
    expect(Array.from(shownPerLane(laneOf, 3, new Uint8Array(6).fill(1)) ?? [])).toEqual([3, 2, 1]);
    expect(Array.from(shownPerLane(laneOf, 3, new Uint8Array(6)) ?? [])).toEqual([0, 0, 0]);
  });

  it("is null without a filter: the lanes' own counts stand", () => {
    expect(shownPerLane(laneOf, 3, null)).toBeNull();
  });
});

describe("lanesWithShown", () => {
  const laneOf = Uint8Array.from([0, 1, 0, 2, 1]);
  const withShown = (laneCount: number, mask: Uint8Array | null) =>
    lanesWithShown(shownPerLane(laneOf, laneCount, mask));
  it("marks the lanes holding an event the mask passes", () => {
    expect(withShown(3, Uint8Array.from([1, 0, 0, 1, 0]))).toEqual([true, false, true]);
    expect(withShown(4, Uint8Array.from([0, 1, 0, 0, 1]))).toEqual([false, true, false, false]);
  });

  it("is null when every lane is shown: without a filter, or one leaving each lane an event", () => {
    expect(withShown(3, null)).toBeNull();
    expect(withShown(3, Uint8Array.from([1, 1, 0, 1, 0]))).toBeNull();
  });

  it("is null when the filter leaves no event: the empty state keeps its lanes", () => {
    expect(withShown(3, new Uint8Array(5))).toBeNull();
  });
});
