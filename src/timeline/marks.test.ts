import { describe, expect, it } from "vitest";
import { DAY_MS } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import { buildIntervalIndex } from "./intervalIndex";
import { assignLanes } from "./lanes";
import { chooseRenderMode, collectVisible, markExtent, markKind, POINT_PX } from "./marks";
import { articleIndex, syntheticDataset } from "./testData";

describe("markKind", () => {
  it("draws exact days as points, end dates as spans, coarse or approximate dates as periods", () => {
    expect(markKind({ start: "2018-03-21" })).toBe("point");
    expect(markKind({ start: "2016-12-15", end: "2016-12-16" })).toBe("span");
    expect(markKind({ start: "2018-05" })).toBe("period");
    expect(markKind({ start: "2018" })).toBe("period");
    expect(markKind({ start: "2018-04-15", approximate: true })).toBe("period");
  });
});

describe("markExtent", () => {
  const window = { start: 0, end: 100 * DAY_MS };
  it("keeps a bar's interval when it is wide enough", () => {
    expect(markExtent("span", { start: 10 * DAY_MS, end: 20 * DAY_MS }, window, 1000)).toEqual({
      x0: 100,
      x1: 200,
    });
  });
  it("centres a point on its day", () => {
    const { x0, x1 } = markExtent("point", { start: 10 * DAY_MS, end: 11 * DAY_MS }, window, 1000);
    expect(x1 - x0).toBe(POINT_PX);
    expect((x0 + x1) / 2).toBe(105);
  });
  it("widens a bar too thin to see", () => {
    const { x0, x1 } = markExtent(
      "period",
      { start: 10 * DAY_MS, end: 10.1 * DAY_MS },
      window,
      100,
    );
    expect(x1 - x0).toBeGreaterThanOrEqual(6);
  });
});

function spatial(index: ReturnType<typeof articleIndex>) {
  const { laneOf, lanes } = assignLanes(index.events, "actors");
  return buildIntervalIndex(index.starts, index.ends, laneOf, lanes.length);
}

describe("collectVisible and chooseRenderMode", () => {
  it("lists the shown events of a window in time order, honouring the filter", () => {
    const index = articleIndex();
    const window = { start: Date.UTC(2018, 2, 1), end: Date.UTC(2018, 3, 1) };
    const all = collectVisible(spatial(index), window, null, 300);
    const ids = all.positions?.map((p) => index.events[p]?.id);
    expect(ids).toContain("lavrov-arrives");
    expect(ids).toContain("japan-year"); // the whole of 2018 overlaps March
    expect(ids).not.toContain("da-nang");
    expect(all.positions).toEqual([...(all.positions ?? [])].sort((a, b) => a - b));
    const mask = new Uint8Array(index.events.length);
    mask[index.byId.get("lavrov-arrives")?.order ?? 0] = 1;
    const filtered = collectVisible(spatial(index), window, mask, 300);
    expect(filtered.total).toBe(1);
    expect(chooseRenderMode(all, 800)).toBe("dom");
  });

  it("switches to canvas when the visible events exceed the cap", () => {
    const index = indexDataset(syntheticDataset(2000, 5));
    const visible = collectVisible(spatial(index), index.extent, null, 300);
    expect(visible.total).toBe(2000);
    expect(visible.positions).toBeNull();
    expect(chooseRenderMode(visible, 1200)).toBe("canvas");
  });

  it("switches to canvas when one lane is too crowded for its width", () => {
    const visible = { perLane: [100, 1], total: 101, positions: [] };
    expect(chooseRenderMode(visible, 300)).toBe("canvas");
    expect(chooseRenderMode(visible, 1200)).toBe("dom");
  });
});
