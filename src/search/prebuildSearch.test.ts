import { afterEach, describe, expect, it, vi } from "vitest";
import type { DatasetIndex } from "../data/indexDataset";
import { createAppStore } from "../store/appStore";
import type { SearchModule } from "./loadSearch";
import { PREBUILD_MARKS } from "./prebuildMarks";
import { PREBUILT_EVENTS, prebuildSearch } from "./prebuildSearch";

/** Only its size is read before the build, which the fake module stands in for. */
const indexOf = (events: number) => ({ events: { length: events } }) as unknown as DatasetIndex;

function setUp() {
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback) => idle.push(run));
  vi.stubGlobal("cancelIdleCallback", () => {});
  const buildSearchIndex = vi.fn(async (_index: DatasetIndex, _options?: unknown) => ({}));
  const load = vi.fn(async () => ({ buildSearchIndex }) as unknown as SearchModule);
  const store = createAppStore();
  const stop = prebuildSearch(store, load);
  const runIdle = async () => {
    for (const run of idle.splice(0)) run({ didTimeout: false, timeRemaining: () => 50 });
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
  };
  return { store, stop, load, buildSearchIndex, runIdle, idle };
}

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
});

describe("prebuildSearch", () => {
  it("builds a large dataset's index in idle time once it is drawn and the map has settled", async () => {
    const { store, buildSearchIndex, runIdle, idle } = setUp();
    const index = indexOf(PREBUILT_EVENTS.min);
    store.setState({ index });
    store.setState({ drawnIndex: index });
    expect(idle, "not before the map has settled").toHaveLength(0);
    store.setState({ mapSettled: true });
    expect(idle).toHaveLength(1);
    expect(performance.getEntriesByName(PREBUILD_MARKS.start)).toHaveLength(1);
    await runIdle();
    expect(buildSearchIndex).toHaveBeenCalledTimes(1);
    const [built, options] = buildSearchIndex.mock.calls[0] ?? [];
    expect(built).toBe(index);
    expect(options).toMatchObject({ whenIdle: true });
    const { wanted } = options as { wanted: () => boolean };
    expect(wanted()).toBe(true);
    await vi.waitFor(() =>
      expect(performance.getEntriesByName(PREBUILD_MARKS.end)).toHaveLength(1),
    );
    // Later updates of the same dataset start nothing more; another dataset makes it unwanted.
    store.setState({ query: "x" });
    expect(idle).toHaveLength(0);
    store.setState({ index: indexOf(5) });
    expect(wanted()).toBe(false);
  });

  it("leaves small and very large datasets, and the editor's changes, to the search box", () => {
    const { store, idle } = setUp();
    store.setState({ mapSettled: true });
    for (const size of [PREBUILT_EVENTS.min - 1, PREBUILT_EVENTS.max + 1]) {
      const index = indexOf(size);
      store.setState({ index, drawnIndex: index });
    }
    const edited = indexOf(PREBUILT_EVENTS.min);
    store.setState({ editor: {} as never, index: edited, drawnIndex: edited });
    expect(idle).toHaveLength(0);
    expect(performance.getEntriesByName(PREBUILD_MARKS.start)).toHaveLength(0);
  });

  it("says nothing when the search code cannot load", async () => {
    const { store, load, runIdle } = setUp();
    load.mockRejectedValueOnce(new Error("offline"));
    const index = indexOf(PREBUILT_EVENTS.max);
    store.setState({ index, drawnIndex: index, mapSettled: true });
    await runIdle();
    expect(store.getState().notices).toEqual([]);
    expect(performance.getEntriesByName(PREBUILD_MARKS.end)).toHaveLength(0);
  });
});
