import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { bindDraftPreview, PREVIEW_DELAY_MS } from "./bindEditor";
import { draftFromDataset, newStoryDraft, updatePlace } from "./draft";
import { editedPlaceOf, followEditedPlace, followedPoint } from "./followEditedPlace";

describe("followedPoint", () => {
  it("follows the same place's new position only", () => {
    const at = (place: number | null, position: [number, number] | null) => ({ place, position });
    expect(followedPoint(at(1, [1, 2]), at(1, [63.3, 45.9]))).toEqual([63.3, 45.9]);
    // A place typed from no valid coordinates to valid ones.
    expect(followedPoint(at(1, null), at(1, [63.3, 45.9]))).toEqual([63.3, 45.9]);
    expect(followedPoint(at(1, [1, 2]), at(1, [1, 2]))).toBeNull();
    expect(followedPoint(at(0, [1, 2]), at(1, [3, 4]))).toBeNull();
    expect(followedPoint(at(1, [1, 2]), at(1, null))).toBeNull();
    expect(followedPoint(at(1, [1, 2]), at(null, null))).toBeNull();
  });
});

describe("followEditedPlace", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const fakeMap = () => {
    const shown: unknown[] = [];
    let resets = 0;
    return {
      shown,
      resets: () => resets,
      map: {
        showPlace: (point: string | readonly [number, number]) => void shown.push(point),
        resetView: () => void resets++,
      },
    };
  };

  it("brings typed coordinates into view once the typing pauses, not at each keystroke", () => {
    const store = createAppStore();
    const { shown, map } = fakeMap();
    const unbind = followEditedPlace(store, () => map, 600);
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editSet({ tab: "places", placeIndex: 1 });
    expect(editedPlaceOf(store.getState()).position).toEqual([37.62, 55.75]);
    const type = (longitude: string) =>
      store
        .getState()
        .editChange((draft) => updatePlace(draft, 1, { longitude }), "place:1:longitude");
    type("6");
    vi.advanceTimersByTime(300);
    type("63");
    vi.advanceTimersByTime(300);
    type("63.305");
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(shown).toEqual([[63.305, 55.75]]);
    // Choosing another place is not following it.
    store.getState().editSet({ placeIndex: 0 });
    vi.advanceTimersByTime(600);
    expect(shown).toHaveLength(1);
    unbind();
    type("70");
    vi.advanceTimersByTime(600);
    expect(shown).toHaveLength(1);
  });

  it("shows the world for a new story without places", () => {
    const store = createAppStore();
    const { resets, map } = fakeMap();
    bindDraftPreview(store, (run) => run());
    followEditedPlace(store, () => map);
    store.getState().editStart(draftFromDataset(smallDataset()));
    expect(store.getState().index?.places.size).toBe(3);
    expect(resets()).toBe(0);
    store.getState().editChange(() => newStoryDraft("A story").draft);
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().index?.places.size).toBe(0);
    expect(resets()).toBe(1);
    // Its first event typed (re-indexed, still no places): the map is left where the author has it.
    store.getState().editChange((draft) => ({ ...draft, sourceText: "x" }));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(resets()).toBe(1);
  });
});
