import { describe, expect, it } from "vitest";
import { keepsOverview, OVERVIEW_ROOM_PX } from "./overviewRoom";

describe("keepsOverview", () => {
  it("keeps the overview before the timeline is measured", () => {
    expect(keepsOverview(0, 5)).toBe(true);
  });

  it("drops it where the detail view would lose its axis under the lanes' first rows", () => {
    // Five lanes need 24 (strip) + (5 + 1) × 14 + 24 (axis) = 132 px of detail view.
    expect(keepsOverview(132 + OVERVIEW_ROOM_PX, 5)).toBe(true);
    expect(keepsOverview(131 + OVERVIEW_ROOM_PX, 5)).toBe(false);
    // Embeds stacked at 360×480 and 360×420 (the Small snippet): 184 and 143 px under the toolbar.
    expect(keepsOverview(184, 5)).toBe(false);
    expect(keepsOverview(143, 5)).toBe(false);
    // A desktop's timeline, 1280×800: ~220 px under the toolbar.
    expect(keepsOverview(220, 5)).toBe(true);
  });

  it("asks room for the first five lanes' rows (and one more) only: more lanes scroll in any view", () => {
    expect(keepsOverview(132 + OVERVIEW_ROOM_PX, 20)).toBe(true);
    // One lane needs less: 24 + 2 × 14 + 24.
    expect(keepsOverview(76 + OVERVIEW_ROOM_PX, 1)).toBe(true);
    expect(keepsOverview(75 + OVERVIEW_ROOM_PX, 1)).toBe(false);
    expect(keepsOverview(76 + OVERVIEW_ROOM_PX, 0)).toBe(true);
  });
});
