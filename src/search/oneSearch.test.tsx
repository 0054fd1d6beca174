// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { appStore, useAppStore } from "../store/appStore";
import { selectShownCount } from "../store/selectors";
import { meetings } from "../test/fixtures";
import { bindSearchMatches } from "./bindSearchMatches";
import * as normalize from "./normalize";
import { heldBytes, peekSearchIndex } from "./searchIndex";
import { useSearch } from "./useSearch";

// Each run of the search engine starts by reading the query's terms: counting these counts the runs.
vi.mock("./normalize", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./normalize")>();
  return { ...actual, queryTerms: vi.fn(actual.queryTerms) };
});
const queryTerms = vi.mocked(normalize.queryTerms);

let unbind = () => {};

beforeEach(() => {
  appStore.setState({ query: "", onlyMatches: false, searchMatches: null, actors: [], tags: [] });
  appStore.getState().datasetLoaded(meetings(), { kind: "default" }, []);
  unbind = bindSearchMatches(appStore, { complete: async () => {} });
});

afterEach(() => {
  unbind();
  appStore.setState({ query: "", onlyMatches: false, searchMatches: null });
});

/** The search as the box uses it with focus (its index built before anything is typed), no run counted yet. */
async function focusedSearch() {
  const { result } = renderHook(() =>
    useSearch(
      useAppStore((state) => state.query),
      true,
    ),
  );
  await waitFor(() => expect(result.current.preparing).toBe(false));
  queryTerms.mockClear();
  return result;
}

describe("one search for the list and the view", () => {
  it("runs the search once for a settled query with only matches on and the box showing results", async () => {
    const result = await focusedSearch();

    // Typed, then "Show only matches" turned on (it is off while the box is empty).
    act(() => {
      appStore.getState().setQuery("summit");
      appStore.getState().setOnlyMatches(true);
    });
    await waitFor(() => expect(result.current.result).not.toBeNull());
    await waitFor(() => expect(appStore.getState().searchMatches?.query).toBe("summit"));
    // Nothing more comes after both have settled.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));

    // The list: the best 50, counted out of every match; the view: every match.
    expect(result.current.result?.events).toHaveLength(50);
    expect(result.current.result?.total).toBe(120);
    expect(selectShownCount(appStore.getState())).toBe(120);
    expect(queryTerms.mock.calls.filter(([query]) => query === "summit")).toHaveLength(1);
  });

  it("lets go of a query's matches when the box is cleared: typed again, the query is searched anew", async () => {
    // search() keeps the last query's matches (5-6 bytes each: "a" at 100,000 events, 500 KB) for
    // the next caller, and its scratch (700 KB); once the query is cleared, no caller wants them.
    const result = await focusedSearch();
    act(() => appStore.getState().setQuery("talks"));
    await waitFor(() => expect(result.current.result?.total).toBe(60));
    // While a query is live the index keeps its scratch (7 bytes an event) for the next keystroke.
    const dataset = appStore.getState().index;
    const index = dataset && peekSearchIndex(dataset);
    if (!index) throw new Error("no search index");
    expect(heldBytes(index)).toBeGreaterThan(7 * dataset.events.length);
    act(() => appStore.getState().setQuery(""));
    await waitFor(() => expect(result.current.settled).toBe(""));
    expect(result.current.result).toBeNull();
    expect(heldBytes(index)).toBe(0);
    act(() => appStore.getState().setQuery("talks"));
    await waitFor(() => expect(result.current.settled).toBe("talks"));
    expect(result.current.result?.total).toBe(60);
    expect(queryTerms.mock.calls.filter(([query]) => query === "talks")).toHaveLength(2);
  });
});
