import { describe, expect, it } from "vitest";
import { laneGeometry, lanesInView, rowMiddle, STRIP_HEIGHT } from "./laneGeometry";
import {
  buttonHold,
  CHIP_PX,
  HIT_PX,
  HIT_PX_TOUCH,
  type HitInput,
  hitAt,
  hitTargets,
  markReach,
  UNDER_PX,
} from "./markHit";

const geometry = laneGeometry(0, [2, 1]);
const base: HitInput = {
  positions: [0, 1, 2],
  rowOf: new Map([
    [0, 0],
    [1, 0],
    [2, 1],
  ]),
  boxes: new Map([
    [0, { x0: 100, x1: 300 }],
    [1, { x0: 200, x1: 212 }],
    [2, { x0: 200, x1: 212 }],
  ]),
  groups: [],
  geometry,
  laneOf: [0, 0, 0],
  selected: -1,
  focusSet: null,
};

const positionAt = (input: HitInput, x: number, y: number, radius = 8) => {
  const hit = hitAt(hitTargets(input), x, y, radius);
  return hit?.kind === "event" ? hit.position : hit ? "group" : null;
};

describe("hitAt", () => {
  const row0 = rowMiddle(geometry, 0, 0);
  const row1 = rowMiddle(geometry, 0, 1);

  it("finds the mark under the pointer, the one drawn on top where two overlap", () => {
    expect(positionAt(base, 150, row0)).toBe(0);
    // 1 is drawn after 0 (DOM order), so on top.
    expect(positionAt(base, 206, row0)).toBe(1);
    // The selected mark is drawn above the others.
    expect(positionAt({ ...base, selected: 0 }, 206, row0)).toBe(0);
  });

  it("tells rows apart, and takes the nearest mark within the radius off a mark", () => {
    expect(positionAt(base, 206, row1)).toBe(2);
    expect(positionAt(base, 206, row1 + 10)).toBe(2);
    expect(positionAt(base, 320, row0, 8)).toBeNull();
    expect(positionAt(base, 320, row0, 22)).toBe(0);
  });

  it("hits a group as a group", () => {
    const input = {
      ...base,
      groups: [
        {
          lane: 1,
          row: 0,
          positions: [3, 4],
          box: { x0: 50, x1: 72 },
          interval: { start: 0, end: 1 },
        },
      ],
    };
    expect(positionAt(input, 60, rowMiddle(geometry, 1, 0))).toBe("group");
  });
});

describe("hitTargets on lanes that scroll", () => {
  // Three rows (42 px) in a view with 20 px for them: scrolled by 14 px, row 0 is under the strip.
  const scrolled = lanesInView(geometry, STRIP_HEIGHT + 20 + 24, 14);

  it("offers only the marks on the lanes' visible part", () => {
    const input = { ...base, geometry: scrolled };
    expect(scrolled.scroll).toBe(14);
    const positions = hitTargets(input).map((t) => (t.kind === "event" ? t.position : -1));
    expect(positions).toEqual([2]);
    // A tap on the strip, right over a mark scrolled under it, finds nothing.
    expect(positionAt(input, 150, rowMiddle(scrolled, 0, 0))).toBe(null);
    expect(positionAt(input, 206, rowMiddle(scrolled, 0, 1))).toBe(2);
  });
});

describe("markReach", () => {
  it("lets a mark within the pointer's radius take a press on the view", () => {
    expect(markReach("view", false)).toBe(HIT_PX);
    expect(markReach("view", true)).toBe(HIT_PX_TOUCH);
  });

  it("lets only a mark drawn under the very point take a press on a lane's name cut short", () => {
    // On a phone too: a crowded lane has a mark within the touch radius of every point of its name.
    expect(markReach("laneName", true)).toBe(UNDER_PX);
    expect(markReach("laneName", false)).toBe(UNDER_PX);
    expect(UNDER_PX).toBeLessThan(HIT_PX);
    // On the name, a point mark 5 px from the press is taken, one 10 px away is not.
    const point = { ...base, positions: [1] };
    const row0 = rowMiddle(geometry, 0, 0);
    const reach = markReach("laneName", true) ?? 0;
    expect(positionAt(point, 212 + 5, row0, reach)).toBe(1);
    expect(positionAt(point, 212 + 10, row0, reach)).toBe(null);
  });

  it("lets no mark take a press on a name shown whole or on the strip", () => {
    expect(markReach("wholeLaneName", true)).toBe(null);
    expect(markReach("strip", false)).toBe(null);
  });
});

describe("buttonHold", () => {
  // The selected point mark at 200-212 and its label beside it, 4 px on.
  const label = { x0: 216, x1: 280, y0: 20, y1: 33 };

  it("keeps a press within a point's reach of a button off the labels for the button", () => {
    expect(buttonHold([label], 212 + 1, 26)).toBe(UNDER_PX);
    expect(buttonHold([], 220, 26)).toBe(UNDER_PX);
    // Above or below the label's chip.
    expect(buttonHold([label], 240, 20 - CHIP_PX - 1)).toBe(UNDER_PX);
    expect(buttonHold([label], 240, 33 + CHIP_PX + 1)).toBe(UNDER_PX);
  });

  it("gives a press on a label's chip to the mark drawn under it, however near the button", () => {
    // The chip's rim (its 2 px shadow) begins 2 px right of the mark: 4 px from the button.
    expect(buttonHold([label], 216 - CHIP_PX, 26)).toBe(0);
    expect(buttonHold([label], 217, 26)).toBe(0);
    expect(buttonHold([label], 279, 33)).toBe(0);
    // Any label: the selected event's or the keyboard's stop's.
    expect(buttonHold([{ x0: 0, x1: 50, y0: 60, y1: 73 }, label], 230, 26)).toBe(0);
  });
});
