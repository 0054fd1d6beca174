import { afterEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { prepareReadingOrder } from "../story/storyOrder";
import { event } from "../test/fixtures";
import { createAppStore } from "./appStore";
import { openDataset } from "./datasetActions";

vi.mock("../story/storyOrder", async (original) => ({
  ...(await original<typeof import("../story/storyOrder")>()),
  prepareReadingOrder: vi.fn(),
}));

const loaded = indexDataset({
  meta: { title: "t" },
  places: [],
  periods: [],
  events: Array.from({ length: 25_000 }, (_, i) => event(`e${i}`, "2018-03-01")),
});

vi.mock("../load/loadDataset", () => ({
  loadDataset: async () => ({ ok: true, index: loaded, warnings: [] }),
}));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("after a dataset is shown", () => {
  it("prepares the reading order in a later task, after the dataset's first frames", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (frame: () => void) => setTimeout(frame, 16));
    const store = createAppStore();
    expect(await openDataset(store, { kind: "url", url: "/big.json" })).toBe(true);
    expect(store.getState().index).toBe(loaded);
    await vi.advanceTimersByTimeAsync(32);
    expect(prepareReadingOrder).not.toHaveBeenCalled();
    // Not before the timeline has drawn it: its model's steps come first.
    await vi.runAllTimersAsync();
    expect(prepareReadingOrder).not.toHaveBeenCalled();
    store.getState().timelineDraw(loaded);
    await vi.advanceTimersByTimeAsync(16);
    expect(prepareReadingOrder).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(prepareReadingOrder).toHaveBeenCalledWith(loaded);
  });

  it("prepares none for a dataset replaced before the timeline drew it", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (frame: () => void) => setTimeout(frame, 16));
    vi.mocked(prepareReadingOrder).mockClear();
    const store = createAppStore();
    expect(await openDataset(store, { kind: "url", url: "/big.json" })).toBe(true);
    store.setState({ index: null });
    store.getState().timelineDraw(loaded);
    await vi.runAllTimersAsync();
    expect(prepareReadingOrder).not.toHaveBeenCalled();
  });
});
