import { describe, expect, it, vi } from "vitest";
import { smallDataset } from "../test/fixtures";
import { createAppStore } from "./appStore";
import { whenState } from "./whenState";

describe("whenState", () => {
  it("runs at once when the state is ready, else once on the change that makes it so", () => {
    const store = createAppStore();
    const now = vi.fn();
    whenState(store, () => true, now);
    expect(now).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    whenState(store, (state) => state.index !== null, later);
    expect(later).not.toHaveBeenCalled();
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(later).toHaveBeenCalledTimes(1);
    store.getState().selectEvent("e-1945");
    expect(later).toHaveBeenCalledTimes(1);
  });

  it("is unsubscribed before it runs, so a run that changes the store is not run again", () => {
    const store = createAppStore();
    const run = vi.fn(() => store.getState().selectEvent("e-1945"));
    whenState(store, (state) => state.index !== null, run);
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
