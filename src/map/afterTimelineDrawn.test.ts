import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { createAppStore } from "../store/appStore";
import { event } from "../test/fixtures";
import { afterTimelineDrawn } from "./afterTimelineDrawn";

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", (frame: () => void) => setTimeout(frame, 16));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const drawn = indexDataset({
  meta: { title: "t" },
  places: [],
  periods: [],
  events: [event("e", "2018")],
});

function watch(store = createAppStore()) {
  const waiting = afterTimelineDrawn(store);
  let done = false;
  void waiting.drawn.then(() => {
    done = true;
  });
  return { store, waiting, done: () => done };
}

describe("the map's start after the timeline's first drawing", () => {
  it("waits for the timeline, then for the frame that paints it", async () => {
    const { store, done } = watch();
    await vi.advanceTimersByTimeAsync(1000);
    expect(done()).toBe(false);
    store.getState().timelineDraw(drawn);
    await vi.advanceTimersByTimeAsync(5);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(done()).toBe(true);
  });

  it("goes at once, after a paint, when the timeline has drawn already", async () => {
    const store = createAppStore();
    store.getState().timelineDraw(drawn);
    const { done } = watch(store);
    await vi.advanceTimersByTimeAsync(20);
    expect(done()).toBe(true);
  });

  it("goes after 100 ms where frames are held back", async () => {
    vi.stubGlobal("requestAnimationFrame", () => 0);
    const { store, done } = watch();
    store.getState().timelineDraw(drawn);
    await vi.advanceTimersByTimeAsync(99);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it("goes after 10 s if the timeline never draws, and never once cancelled", async () => {
    const { done } = watch();
    await vi.advanceTimersByTimeAsync(9999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
    const cancelled = watch();
    cancelled.waiting.cancel();
    cancelled.store.getState().timelineDraw(drawn);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(cancelled.done()).toBe(false);
  });
});
