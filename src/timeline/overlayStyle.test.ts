import { describe, expect, it } from "vitest";
import { laneGeometry, rowMiddle } from "./laneGeometry";
import {
  clipBox,
  LABEL_LINE,
  labelBeside,
  labelTransform,
  markPlacement,
  TOOLTIP_INSET,
  tooltipAnchor,
  tooltipBelow,
  tooltipLeft,
  tooltipTop,
} from "./overlayStyle";

const geometry = laneGeometry(300, [1, 2, 3, 1]);

describe("overlay placement", () => {
  it("clips a long bar to a little beyond the view", () => {
    expect(clipBox(-1e7, 1e7, 800)).toEqual({ left: -20, size: 840 });
    expect(clipBox(10, 30, 800)).toEqual({ left: 10, size: 20 });
  });

  it("places a mark in its lane's row", () => {
    const { transform, width } = markPlacement({ x0: 10, x1: 22 }, 2, 1, geometry, 800);
    const top = (geometry.laneTops[2] ?? 0) + geometry.markY + geometry.rowHeight - 6;
    expect(transform).toBe(`translate(10px, ${top}px)`);
    expect(width).toBe("12px");
  });

  it("keeps labels off the view's left edge and centres them on their mark's row", () => {
    expect(labelBeside({ x0: -50, x1: -40 })).toBe(2);
    expect(labelBeside({ x0: 40, x1: 50 })).toBe(54);
    const top = rowMiddle(geometry, 1, 1) - LABEL_LINE / 2;
    expect(labelTransform(40, 1, 1, geometry)).toBe(`translate(40px, ${top}px)`);
  });

  it("starts a label past its lane's name over the lane, where the mark lies under the name", () => {
    // A mark under a 47 px name: its label starts past the name, not over it.
    expect(labelBeside({ x0: 20, x1: 26 }, 47)).toBe(51);
    // A mark past the name keeps its label beside it; no name (wide screens), as before.
    expect(labelBeside({ x0: 80, x1: 86 }, 47)).toBe(90);
    expect(labelBeside({ x0: 20, x1: 26 })).toBe(30);
  });

  it("anchors the tooltip on the visible part of a mark", () => {
    expect(tooltipAnchor({ x0: 100, x1: 200 }, 800)).toBe(150);
    expect(tooltipAnchor({ x0: -1000, x1: 200 }, 800)).toBe(100);
    expect(tooltipAnchor({ x0: 700, x1: 5000 }, 800)).toBe(750);
  });
});

describe("tooltipBelow", () => {
  it("puts a tooltip above its mark where it fits whole there, with the view's inset", () => {
    // Two lines (41 px) over a mark 60 px down: 44 px above; three lines (72 px) do not fit.
    expect(tooltipBelow(60, 12, 41, 317)).toBe(false);
    expect(tooltipBelow(60, 12, 72, 317)).toBe(true);
    // At 390 px: the 72 px Russian title over a mark 73 px down began 11 px above the view.
    expect(tooltipBelow(73, 12, 72, 317)).toBe(true);
    expect(tooltipBelow(88, 12, 72, 317)).toBe(false);
    expect(tooltipBelow(87, 12, 72, 317)).toBe(true);
  });

  it("keeps it above where it fits only there, and takes the side with more room where neither", () => {
    // Near the view's foot: below would run out of it.
    expect(tooltipBelow(280, 12, 72, 317)).toBe(false);
    // A view too short for it either way: the larger side.
    expect(tooltipBelow(40, 12, 90, 100)).toBe(true);
    expect(tooltipBelow(60, 12, 90, 100)).toBe(false);
  });

  it("places its top so that it lies whole on the side chosen", () => {
    for (const [middle, tip, view] of [
      [31, 41, 317],
      [73, 72, 317],
      [280, 72, 317],
      [160, 56, 317],
    ] as const) {
      const below = tooltipBelow(middle, 12, tip, view);
      const top = tooltipTop(middle, 12, tip, below);
      expect(top).toBeGreaterThanOrEqual(TOOLTIP_INSET);
      expect(top + tip).toBeLessThanOrEqual(view - TOOLTIP_INSET);
      // Clear of the mark (and above, of its focus ring, 6 px out).
      if (below) expect(top).toBeGreaterThanOrEqual(middle + 6);
      else expect(top + tip).toBeLessThanOrEqual(middle - 12);
    }
  });
});

describe("tooltipLeft", () => {
  it("centres the tooltip on its anchor where it fits", () => {
    expect(tooltipLeft(195, 200, 390)).toBe(95);
    expect(tooltipLeft(640, 320, 1280)).toBe(480);
  });

  it("shifts it into the view at either edge, still over its anchor", () => {
    // A mark at a 390 px phone's left edge: its 312 px tooltip began at -125 ("eting a").
    const left = tooltipLeft(31, 312, 390);
    expect(left).toBe(TOOLTIP_INSET);
    expect(left).toBeLessThanOrEqual(31);
    const right = tooltipLeft(380, 312, 390);
    expect(right + 312).toBe(390 - TOOLTIP_INSET);
    expect(right + 312).toBeGreaterThanOrEqual(380);
    // Just fitting, centred; a pixel further, shifted by that pixel.
    expect(tooltipLeft(54, 100, 390)).toBe(TOOLTIP_INSET);
    expect(tooltipLeft(53, 100, 390)).toBe(TOOLTIP_INSET);
    expect(tooltipLeft(55, 100, 390)).toBe(5);
    // Anchored on the very edges (a bar running out of the view).
    expect(tooltipLeft(0, 100, 390)).toBe(TOOLTIP_INSET);
    expect(tooltipLeft(390, 100, 390)).toBe(390 - TOOLTIP_INSET - 100);
  });

  it("starts a tooltip wider than the view at its left inset, wherever its anchor", () => {
    for (const anchor of [0, 100, 200]) expect(tooltipLeft(anchor, 250, 200)).toBe(TOOLTIP_INSET);
    // Exactly as wide as the view between the insets: at the inset too.
    expect(tooltipLeft(150, 292, 300)).toBe(TOOLTIP_INSET);
  });
});
