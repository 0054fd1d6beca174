import { describe, expect, it } from "vitest";
import { DODGE_GAP_PX, placeMarks } from "./placeMarks";
import { articleIndex } from "./testData";
import { buildTimelineModel } from "./timelineModel";

describe("placeMarks", () => {
  const index = articleIndex();
  const model = buildTimelineModel(index, "actors");
  const pos = (id: string) => index.byId.get(id)?.order ?? -1;

  it("spreads same-day events of one lane apart, keeps other marks in place", () => {
    const view = { start: Date.UTC(2018, 2, 1), end: Date.UTC(2018, 3, 1) };
    const lavrov = pos("lavrov-arrives");
    const election = pos("election");
    const boxes = placeMarks(model, [election, lavrov, pos("kono-talks")], view, 620);
    // lavrov-arrives (Russia lane) is alone on 21 March in its lane: kono-talks leads with Japan.
    const a = boxes.get(lavrov);
    const b = boxes.get(election);
    expect(a && b && (a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2).toBeGreaterThan(DODGE_GAP_PX);
    const sameDay = placeMarks(model, [pos("us-expulsions"), pos("seattle-consulate")], view, 620);
    const c = sameDay.get(pos("us-expulsions"));
    const d = sameDay.get(pos("seattle-consulate"));
    expect(c && d && Math.abs((c.x0 + c.x1) / 2 - (d.x0 + d.x1) / 2)).toBeCloseTo(DODGE_GAP_PX);
  });

  it("keeps wide bars at their true extent", () => {
    const view = { start: Date.UTC(2018, 0, 1), end: Date.UTC(2019, 0, 1) };
    const box = placeMarks(model, [pos("japan-year")], view, 1000).get(pos("japan-year"));
    expect(box).toEqual({ x0: 0, x1: 1000 });
  });
});
