import { describe, expect, it } from "vitest";
import { POINT_PX } from "./marks";
import { placeMarks } from "./placeMarks";
import { articleIndex } from "./testData";
import { buildTimelineModel } from "./timelineModel";

describe("placeMarks", () => {
  const index = articleIndex();
  const model = buildTimelineModel(index, "actors");
  const pos = (id: string) => index.byId.get(id)?.order ?? -1;

  it("draws same-day events at their true day (rows, not shifts, keep them apart)", () => {
    const view = { start: Date.UTC(2018, 2, 1), end: Date.UTC(2018, 3, 1) };
    const sameDay = placeMarks(model, [pos("us-expulsions"), pos("seattle-consulate")], view, 620);
    const c = sameDay.get(pos("us-expulsions"));
    const d = sameDay.get(pos("seattle-consulate"));
    expect(c).toEqual(d);
    expect(c && c.x1 - c.x0).toBe(POINT_PX);
  });

  it("keeps wide bars at their true extent", () => {
    const view = { start: Date.UTC(2018, 0, 1), end: Date.UTC(2019, 0, 1) };
    const box = placeMarks(model, [pos("japan-year")], view, 1000).get(pos("japan-year"));
    expect(box).toEqual({ x0: 0, x1: 1000 });
  });
});
