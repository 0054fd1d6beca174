import { describe, expect, it } from "vitest";
import { FOCUS_RING } from "./laneGeometry";
import {
  FOCUSED_NAME_MIN_PX,
  focusedLaneName,
  gutterWidth,
  LANE_LABEL_INSET_PX,
  LANE_LABEL_LINE_PX,
  LANE_LABEL_MAX_PX,
  laneLabelMaxWidth,
  laneLabelWholeWidth,
  selectedToKeep,
} from "./laneNameRoom";

describe("gutterWidth", () => {
  it("fits the longest name, CJK counted double", () => {
    expect(gutterWidth(["Japan", "Russia", "Other"])).toBe("min(calc(7ch + 0em + 2.5rem), 35%)");
    expect(gutterWidth(["日本", "ロシア"])).toBe("min(calc(7ch + 0em + 2.5rem), 35%)");
    expect(gutterWidth(["Соединённые Штаты"])).toBe("min(calc(18ch + 0em + 2.5rem), 35%)");
    expect(gutterWidth([])).toBe("min(calc(1ch + 0em + 2.5rem), 35%)");
  });

  it("is capped in ch and in share of the timeline, whichever is narrower", () => {
    const long = "Joint Committee on the Settlement of the Kuril Islands Issue";
    expect(gutterWidth(["Japan", long])).toBe("min(calc(25ch + 0em + 2.5rem), 35%)");
    expect(gutterWidth(["北方領土問題の解決に関する日露合同委員会"])).toBe(
      "min(calc(25ch + 0em + 2.5rem), 35%)",
    );
  });
});

describe("gutterWidth with a reader's text spacing", () => {
  it("adds each name's letters and spaces at the spacing, the widest name's", () => {
    // WCAG 1.4.12's 0.12em letters, 0.16em words: "United Kingdom" is 14 letters and a space.
    expect(gutterWidth(["Japan", "United Kingdom"], [0.12, 0.16])).toBe(
      "min(calc(15ch + 1.84em + 2.5rem), 35%)",
    );
    expect(gutterWidth(["Kuril Islands"], [0, 0.16])).toBe(
      "min(calc(14ch + 0.16em + 2.5rem), 35%)",
    );
  });

  it("counts no more letters than the cap shows, and each space", () => {
    const long = "Joint Committee on the Settlement of the Kuril Islands Issue";
    // 24 letters shown; nine spaces.
    expect(gutterWidth([long], [0.1, 0.2])).toBe("min(calc(25ch + 4.2em + 2.5rem), 35%)");
  });
});

describe("laneLabelMaxWidth", () => {
  it("is a share of a phone's view, a fixed cap on a wider one", () => {
    expect(laneLabelMaxWidth(390)).toBe(156);
    expect(laneLabelMaxWidth(320)).toBe(128);
    expect(laneLabelMaxWidth(720)).toBe(LANE_LABEL_MAX_PX);
    expect(laneLabelMaxWidth(0)).toBe(0);
  });
});

describe("laneLabelWholeWidth", () => {
  it("is the view less the name's inset on both sides, wider than the cut name's room", () => {
    expect(laneLabelWholeWidth(390)).toBe(382);
    expect(laneLabelWholeWidth(390)).toBeGreaterThan(laneLabelMaxWidth(390));
    expect(laneLabelWholeWidth(320.6)).toBe(312);
    expect(laneLabelWholeWidth(4)).toBe(0);
  });
});

describe("focusedLaneName", () => {
  /** The name's first line, as a box: from x, `width` wide. */
  const firstLine = (name: ReturnType<typeof focusedLaneName>) => {
    const top = name.up ? name.y - LANE_LABEL_LINE_PX : name.y;
    return { x0: name.x, x1: name.x + name.width, y0: top, y1: top + LANE_LABEL_LINE_PX };
  };

  it("goes on the mark's line, on the side with more room, clear of its ring", () => {
    // A point at 300–312 of a 390 px phone's view: more room left of it.
    const left = focusedLaneName({ x0: 300, x1: 312, middle: 100 }, 12, 390, false);
    expect(left).toEqual({ x: LANE_LABEL_INSET_PX, y: 93.5, width: 288, up: false });
    expect(left.x + left.width).toBeLessThanOrEqual(300 - FOCUS_RING);
    // At 60–72: more room right of it, to the view's inset.
    const right = focusedLaneName({ x0: 60, x1: 72, middle: 100 }, 12, 390, false);
    expect(right).toEqual({ x: 80, y: 93.5, width: 306, up: false });
    expect(right.x).toBeGreaterThanOrEqual(72 + FOCUS_RING);
    expect(right.x + right.width).toBe(390 - LANE_LABEL_INSET_PX);
    // Its first line is the mark's: the tooltip (above or below) leaves it free.
    const line = firstLine(left);
    expect((line.y0 + line.y1) / 2).toBe(100);
  });

  it("adds lines away from the tooltip: up from the mark's line when the tooltip is below", () => {
    const name = focusedLaneName({ x0: 300, x1: 312, middle: 31 }, 12, 390, true);
    expect(name).toEqual({ x: LANE_LABEL_INSET_PX, y: 37.5, width: 288, up: true });
    const line = firstLine(name);
    expect((line.y0 + line.y1) / 2).toBe(31);
  });

  it("past a bar that leaves too little room either side, takes lines of its own past its ring", () => {
    // A bar across most of a 390 px view.
    const below = focusedLaneName({ x0: 60, x1: 300, middle: 100 }, 12, 390, false);
    expect(below).toEqual({ x: LANE_LABEL_INSET_PX, y: 114, width: 382, up: false });
    expect(below.y).toBeGreaterThanOrEqual(100 + 6 + FOCUS_RING);
    const above = focusedLaneName({ x0: -20, x1: 410, middle: 100 }, 12, 390, true);
    expect(above).toEqual({ x: LANE_LABEL_INSET_PX, y: 86, width: 382, up: true });
    expect(above.y).toBeLessThanOrEqual(100 - 6 - FOCUS_RING);
  });

  it("stays beside the mark down to FOCUSED_NAME_MIN_PX of room", () => {
    const x0 = LANE_LABEL_INSET_PX + FOCUSED_NAME_MIN_PX + FOCUS_RING + 2;
    const edge = focusedLaneName({ x0, x1: 380, middle: 50 }, 12, 390, false);
    expect(edge).toMatchObject({ x: LANE_LABEL_INSET_PX, width: FOCUSED_NAME_MIN_PX, y: 43.5 });
    const under = focusedLaneName({ x0: x0 - 1, x1: 380, middle: 50 }, 12, 390, false);
    expect(under).toMatchObject({ width: 382, y: 64 });
  });

  // A dense view at 390 px: the selected mark (its 4 px ring) and its label beside it, on the
  // focused mark's line, lay under the name placed on the side with more room.
  const ring = (x0: number, x1: number, middle: number) => ({
    x0: x0 - 4,
    x1: x1 + 4,
    y0: middle - 10,
    y1: middle + 10,
  });
  const label = (x0: number, x1: number, middle: number) => ({
    x0: x0 - 2,
    x1: x1 + 2,
    y0: middle - 8.5,
    y1: middle + 8.5,
  });
  const covers = (name: ReturnType<typeof focusedLaneName>, box: { x0: number; x1: number }) =>
    name.x < box.x1 && name.x + name.width > box.x0;

  it("keeps clear of the selected mark and its label on the mark's line: the other side", () => {
    // The selected mark right of the focused one: the name went right, over it and its label.
    const selected = [ring(209, 221, 100), label(225, 388, 100)];
    expect(focusedLaneName({ x0: 188, x1: 200, middle: 100 }, 12, 390, false).x).toBe(208);
    const name = focusedLaneName({ x0: 188, x1: 200, middle: 100 }, 12, 390, false, selected);
    expect(name).toEqual({ x: LANE_LABEL_INSET_PX, y: 93.5, width: 176, up: false });
    for (const box of selected) expect(covers(name, box)).toBe(false);
  });

  it("starts past the selected mark's label where that leaves room enough beside the mark", () => {
    const selected = [ring(100, 112, 100), label(116, 200, 100)];
    const name = focusedLaneName({ x0: 300, x1: 312, middle: 100 }, 12, 390, false, selected);
    expect(name).toEqual({ x: 204, y: 93.5, width: 88, up: false });
    for (const box of selected) expect(covers(name, box)).toBe(false);
  });

  it("takes lines of its own where the selected mark's label runs past the focused mark", () => {
    // The selected mark left of the focused one, its label on across it: no side is free.
    const selected = [ring(209, 221, 100), label(225, 388, 100)];
    const name = focusedLaneName({ x0: 237, x1: 249, middle: 100 }, 12, 390, false, selected);
    expect(name).toEqual({ x: LANE_LABEL_INSET_PX, y: 114, width: 382, up: false });
  });

  it("is not moved by what lies on another line", () => {
    const other = [ring(209, 221, 124), label(225, 388, 124)];
    const name = focusedLaneName({ x0: 188, x1: 200, middle: 100 }, 12, 390, false, other);
    expect(name).toEqual(focusedLaneName({ x0: 188, x1: 200, middle: 100 }, 12, 390, false));
  });
});

describe("selectedToKeep", () => {
  it("is the selected mark with its 4 px ring and its label with its 2 px chip", () => {
    expect(
      selectedToKeep({ x0: 209, x1: 221, middle: 100 }, 12, { x: 225, width: 163, middle: 100 }),
    ).toEqual([
      { x0: 205, x1: 225, y0: 90, y1: 110 },
      { x0: 223, x1: 390, y0: 91.5, y1: 108.5 },
    ]);
    expect(selectedToKeep(null, 12, null)).toEqual([]);
  });
});
