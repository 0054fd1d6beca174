import { describe, expect, it, vi } from "vitest";
import type { DatasetIndex } from "../data/indexDataset";
import { createAppStore } from "../store/appStore";
import { bindPrebuild } from "./bindPrebuild";
import { PREBUILT_EVENTS } from "./prebuildMarks";
import type * as Prebuild from "./prebuildSearch";

const indexOf = (events: number) => ({ events: { length: events } }) as unknown as DatasetIndex;

describe("bindPrebuild", () => {
  it("fetches the build ahead's code only once a dataset of its sizes is on show, once", async () => {
    const prebuildSearch = vi.fn(() => () => {});
    const load = vi.fn(async () => ({ prebuildSearch }) as unknown as typeof Prebuild);
    const store = createAppStore();
    bindPrebuild(store, load);
    store.setState({ index: indexOf(24) });
    store.setState({ index: indexOf(PREBUILT_EVENTS.max + 1) });
    expect(load).not.toHaveBeenCalled();
    store.setState({ index: indexOf(PREBUILT_EVENTS.min) });
    store.setState({ index: indexOf(PREBUILT_EVENTS.max) });
    await vi.waitFor(() => expect(prebuildSearch).toHaveBeenCalledWith(store));
    expect(load).toHaveBeenCalledTimes(1);
    expect(prebuildSearch).toHaveBeenCalledTimes(1);
  });

  it("binds at once when such a dataset is already on show, and says nothing when the code fails", async () => {
    const store = createAppStore();
    store.setState({ index: indexOf(PREBUILT_EVENTS.min) });
    const load = vi.fn(async () => {
      throw new Error("offline");
    });
    bindPrebuild(store, load);
    expect(load).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(store.getState().notices).toEqual([]);
  });
});
