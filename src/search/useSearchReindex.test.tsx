// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { appStore } from "../store/appStore";
import { meetings } from "../test/fixtures";
import type { SearchModule } from "./loadSearch";
import * as real from "./searchIndex";
import { useSearch } from "./useSearch";

// The real search, whose builds after the first wait until the test lets them end.
let held: (() => void) | null = null;
let builds = 0;
const engine = {
  ...real,
  buildSearchIndex: async (dataset: Parameters<typeof real.buildSearchIndex>[0]) => {
    builds += 1;
    if (builds > 1) await new Promise<void>((resolve) => (held = resolve));
    return real.buildSearchIndex(dataset);
  },
} as SearchModule;
vi.mock("./loadSearch", () => ({ loadSearch: async () => engine, SEARCH_DEBOUNCE_MS: 0 }));

const ids = (state: ReturnType<typeof useSearch>) =>
  state.result?.events.map((match) => match.event.id) ?? null;

beforeEach(() => {
  held = null;
  builds = 0;
  appStore.getState().datasetLoaded(meetings(), { kind: "default" }, []);
});

/** The shown dataset indexed again, as its other languages' arrival does (`source` as it was, or another). */
function reindex(sameSource: boolean) {
  const { index, source } = appStore.getState();
  if (!index) throw new Error("no dataset");
  const next = indexDataset({ ...index.dataset });
  act(() =>
    appStore.getState().datasetIndexed(next, sameSource ? source : { kind: "default" }, []),
  );
}

describe("useSearch while the shown dataset is indexed again", () => {
  it("keeps the query's results on show until the new index answers", async () => {
    const { result } = renderHook(() => useSearch("talks 29", true));
    await waitFor(() => expect(ids(result.current)).toEqual(["m-29"]));
    reindex(true);
    await waitFor(() => expect(held).not.toBeNull());
    // The list stays (a result pressed meanwhile is still there to be chosen)…
    expect(ids(result.current)).toEqual(["m-29"]);
    expect(result.current.sentence).toBe("1 result: 1 event.");
    // …and is the new index's once it is built.
    const before = result.current.result;
    act(() => held?.());
    await waitFor(() => expect(result.current.result).not.toBe(before));
    expect(ids(result.current)).toEqual(["m-29"]);
  });

  it("shows no results of another dataset, nor of another query, while it prepares", async () => {
    const { result, rerender } = renderHook(({ query }) => useSearch(query, true), {
      initialProps: { query: "talks 29" },
    });
    await waitFor(() => expect(ids(result.current)).toEqual(["m-29"]));
    reindex(false);
    await waitFor(() => expect(held).not.toBeNull());
    expect(result.current.result).toBeNull();
    expect(result.current.preparing).toBe(true);
    act(() => held?.());
    await waitFor(() => expect(ids(result.current)).toEqual(["m-29"]));
    held = null;
    reindex(true);
    await waitFor(() => expect(held).not.toBeNull());
    rerender({ query: "summit 1" });
    await waitFor(() => expect(result.current.settled).toBe("summit 1"));
    expect(result.current.result).toBeNull();
  });
});
