import { describe, expect, it } from "vitest";
import { buildIntervalIndex } from "./intervalIndex";
import { keyAction, type NavContext, navigate, rowNeighbour, windowBounds } from "./keyboardNav";
import { assignLanes } from "./lanes";
import { articleIndex } from "./testData";

const data = articleIndex();
const { laneOf, lanes } = assignLanes(data.events, "actors");
const index = buildIntervalIndex(data.starts, data.ends, laneOf, lanes.length);
const march2018 = { start: Date.UTC(2018, 2, 15), end: Date.UTC(2018, 3, 1) };
const ctx = (mask: Uint8Array | null = null, window = march2018): NavContext => ({
  index,
  mask,
  window,
});
const pos = (id: string) => data.byId.get(id)?.order ?? -1;
const id = (position: number) => data.events[position]?.id;

describe("keyAction", () => {
  it("maps the timeline's keys", () => {
    expect(keyAction("ArrowRight")).toBe("next");
    expect(keyAction("Home")).toBe("first");
    expect(keyAction("+")).toBe("zoomIn");
    expect(keyAction("-")).toBe("zoomOut");
    expect(keyAction("Escape")).toBe("clear");
    expect(keyAction("a")).toBeNull();
  });
});

describe("navigate", () => {
  it("steps through every shown event in time order, past the window's edge", () => {
    // Same day: the dataset's order breaks ties in time order.
    expect(id(navigate(ctx(), pos("election"), "next"))).toBe("lavrov-arrives");
    expect(id(navigate(ctx(), pos("lavrov-arrives"), "next"))).toBe("kono-talks");
    expect(id(navigate(ctx(), pos("election"), "previous"))).toBe("no-actor");
    expect(id(navigate(ctx(), pos("japan-no-expel"), "next"))).toBe("mid-april-talks");
  });

  it("skips events the filters hide", () => {
    const mask = new Uint8Array(data.events.length).fill(1);
    mask[pos("kono-talks")] = 0;
    expect(id(navigate(ctx(mask), pos("election"), "next"))).toBe("lavrov-arrives");
  });

  it("stays on the last event at the end", () => {
    const last = data.events.length - 1;
    expect(navigate(ctx(), last, "next")).toBe(last);
  });

  it("Home/End go to the first/last in view, then to the first/last of all", () => {
    const { first, last } = windowBounds(ctx());
    expect(id(first)).toBe("japan-year");
    expect(id(last)).toBe("japan-no-expel");
    expect(navigate(ctx(), pos("lavrov-arrives"), "first")).toBe(first);
    expect(id(navigate(ctx(), first, "first"))).toBe("soviet-occupation");
    expect(navigate(ctx(), pos("lavrov-arrives"), "last")).toBe(last);
    expect(navigate(ctx(), last, "last")).toBe(data.events.length - 1);
  });

  it("starts from the first event in view when nothing has focus", () => {
    expect(id(navigate(ctx(), -1, "next"))).toBe("japan-year");
  });

  it("moves to the nearest event in the lane below and above", () => {
    const from = pos("kono-talks"); // Japan lane, 21 March
    expect(laneOf[from]).toBe(0);
    const down = navigate(ctx(), from, "laneDown");
    expect(laneOf[down]).toBe(1);
    expect(id(down)).toBe("lavrov-arrives");
    expect(navigate(ctx(), down, "laneUp")).toBe(pos("kono-talks"));
    expect(navigate(ctx(), from, "laneUp")).toBe(from);
  });
});

describe("rowNeighbour", () => {
  // Lane 0 has rows 0 and 1, lane 1 row 0; starts in days.
  const placement = {
    positions: [0, 1, 2, 3, 4],
    rowOf: new Map([
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 0],
      [4, 0],
    ]),
    laneOf: [0, 0, 0, 1, 0],
    starts: [0, 10, 50, 45, 60],
    ends: [1, 11, 51, 46, 61],
  };

  it("moves to the nearest event in time in the row below, then in the next lane", () => {
    expect(rowNeighbour(placement, 4, 1)).toBe(2);
    expect(rowNeighbour(placement, 2, 1)).toBe(3);
    expect(rowNeighbour(placement, 3, 1)).toBe(-1);
  });

  it("moves up through the rows of a lane, then to the lane above's last row", () => {
    expect(rowNeighbour(placement, 1, -1)).toBe(0);
    expect(rowNeighbour(placement, 3, -1)).toBe(2);
    expect(rowNeighbour(placement, 0, -1)).toBe(-1);
  });

  it("prefers an event whose interval holds the current one's start", () => {
    const spans = { ...placement, starts: [0, 10, 50, 45, 30], ends: [100, 11, 51, 46, 31] };
    expect(rowNeighbour(spans, 2, -1)).toBe(0);
  });

  it("says -1 for an event that is not drawn", () => {
    expect(rowNeighbour(placement, 9, 1)).toBe(-1);
  });
});
