// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pastedRowsFile } from "../import/pastedRows";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { worded } from "../test/notices";
import { fileEntryOf, startUrlSync, type UrlSync } from "./sync";
import { loadProblemWords } from "./urlProblem";
import { applyUrlState, readLocation, reconcileWithDataset } from "./urlState";

// A link's problems are worded by code that comes with the first one (`withProblemWords`).
beforeAll(loadProblemWords);

let store: AppStore;
let sync: UrlSync;
const openSource = vi.fn();

function boot(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  store = createAppStore();
  const url = readLocation(store);
  applyUrlState(store, url);
  sync = startUrlSync({ store, openSource });
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
  const index = store.getState().index;
  if (index) sync.replacing(() => reconcileWithDataset(store, url, index));
}

beforeEach(() => {
  vi.useFakeTimers();
  openSource.mockReset();
});

afterEach(() => {
  sync.stop();
  vi.useRealTimers();
});

describe("URL sync", () => {
  it("restores a selection from the link and keeps it in the address", () => {
    boot("?event=e-2018-01&names=ja");
    expect(store.getState()).toMatchObject({ selectedEventId: "e-2018-01", names: "ja" });
    expect(window.location.search).toBe("?event=e-2018-01&names=ja");
    expect(store.getState().notices).toEqual([]);
  });

  it("opens the timeline on a linked event that the default window leaves out", () => {
    boot("?event=e-1945");
    const window_ = store.getState().timeWindow;
    expect(
      window_ && window_.start <= Date.UTC(1945, 0, 1) && window_.end >= Date.UTC(1946, 0, 1),
    ).toBe(true);
    expect(window.location.search).toMatch(
      /^\?event=e-1945&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
    );
  });

  it("drops an unknown id with a notice and keeps the app working", () => {
    boot("?event=no-such-event");
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "No event 'no-such-event' in this dataset.",
    ]);
    expect(window.location.search).toBe("");
  });

  it("takes back an unknown id's notice once Back or Forward opens a view whose ids are known", () => {
    boot("?event=no-such-event");
    expect(store.getState().notices.map((n) => n.id)).toEqual(["unknown-event"]);
    window.history.replaceState(null, "", "/?event=e-2018-01");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState().selectedEventId).toBe("e-2018-01");
    expect(store.getState().notices).toEqual([]);
    // And says it again of a later link that lacks its place.
    window.history.replaceState(null, "", "/?place=atlantis");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState().notices.map((n) => n.id)).toEqual(["unknown-place"]);
  });

  it("takes back all a link's notices, not only its ids', when Back opens another link (review 40 V3)", async () => {
    boot("?event=e-2018-01");
    window.history.replaceState(null, "", "/?event=no-such&from=2018-13-01&actors=nobody");
    window.dispatchEvent(new PopStateEvent("popstate"));
    await vi.runAllTimersAsync();
    expect(store.getState().notices.map((n) => n.id)).toEqual([
      "url-problems",
      "unknown-event",
      "unknown-filters",
    ]);
    window.history.replaceState(null, "", "/?event=e-2018-01");
    window.dispatchEvent(new PopStateEvent("popstate"));
    await vi.runAllTimersAsync();
    expect(store.getState().notices).toEqual([]);
  });

  it("shows a link's event over its place, and says the place is not selected", () => {
    boot("?event=e-2018-01&place=tokyo");
    expect(store.getState()).toMatchObject({ selectedEventId: "e-2018-01", selectedPlaceId: null });
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "The link names an event and a place: showing the event, not the place 'tokyo' (one is selected at a time).",
    ]);
  });

  it("shows a link's place when its event is not in the dataset", () => {
    boot("?event=gone&place=tokyo");
    expect(store.getState()).toMatchObject({ selectedEventId: null, selectedPlaceId: "tokyo" });
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "No event 'gone' in this dataset: showing the link's place instead.",
    ]);
    expect(window.location.search).toBe("?place=tokyo");
  });

  it("says so when a link's filters leave nothing in its window, and not when they leave some", () => {
    boot("?from=2016-01-01&to=2017-01-01&actors=Soviet+Union");
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "Nothing in this link's stretch of time matches its filters: the timeline shows the nearest event that does.",
    ]);
    sync.stop();
    boot("?from=2016-01-01&to=2017-01-01&actors=Japan");
    expect(store.getState().notices).toEqual([]);
  });

  it("says so of a search's only-matches once its matches have come (review 30 F1)", () => {
    boot("?from=2016-01-01&to=2017-01-01&q=war&only=1");
    // The matches are still to come: nothing is said yet, whichever way they go.
    expect(store.getState().notices).toEqual([]);
    const state = store.getState();
    const index = state.index;
    if (!index) throw new Error("no index");
    // "War ends" (1945) alone matches: nothing in the link's 2016.
    const mask = Uint8Array.from(index.events, (event) => (event.id === "e-1945" ? 1 : 0));
    state.setSearchMatches({ index, query: "war", mask });
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "Nothing in this link's stretch of time matches its filters: the timeline shows the nearest event that does.",
    ]);
    sync.stop();
    boot("?from=2016-01-01&to=2017-01-01&q=summit&only=1");
    const summit = store.getState().index;
    if (!summit) throw new Error("no index");
    store.getState().setSearchMatches({
      index: summit,
      query: "summit",
      mask: Uint8Array.from(summit.events, (event) => (event.id === "e-2016-12" ? 1 : 0)),
    });
    expect(store.getState().notices).toEqual([]);
  });

  it("reads a link's filter value typed in another case as the dataset's (review 16)", () => {
    boot("?actors=japan&tags=SECURITY,nothing");
    expect(store.getState()).toMatchObject({ actors: ["Japan"], tags: ["security"] });
    expect(store.getState().notices.map((n) => worded(n).text)).toEqual([
      "Ignored filters this dataset does not have: nothing.",
    ]);
    expect(window.location.search).toBe("?actors=Japan&tags=security");
  });

  it("opens a link with from alone there, for the default window's span", () => {
    boot("");
    const { timeWindow: opening } = store.getState();
    sync.stop();
    boot("?from=2010-01-01");
    const { timeWindow, notices } = store.getState();
    expect(notices).toEqual([]);
    expect(timeWindow?.start).toBe(Date.UTC(2010, 0, 1));
    expect(opening && timeWindow && timeWindow.end - timeWindow.start).toBe(
      opening && opening.end - opening.start,
    );
    expect(window.location.search).toMatch(/^\?from=2010-01-01&to=\d{4}-\d\d-\d\d$/);
  });

  it("pushes a history entry per selection and replaces for window changes", () => {
    boot("");
    const length = window.history.length;
    store.getState().selectEvent("e-1945");
    store.getState().selectEvent("e-2018-01");
    expect(window.history.length).toBe(length + 2);
    expect(window.location.search).toBe("?event=e-2018-01");

    store.getState().setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) });
    store.getState().setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2002, 0, 1) });
    expect(window.location.search).toBe("?event=e-2018-01");
    vi.advanceTimersByTime(300);
    expect(window.history.length).toBe(length + 2);
    expect(window.location.search).toBe("?event=e-2018-01&from=2000-01-01&to=2001-12-31");
  });

  it("keeps only=1 with its query: a step in history to turn on, typing replaces, Back turns it off", () => {
    boot("?q=Tokyo&only=1");
    expect(store.getState()).toMatchObject({ query: "Tokyo", onlyMatches: true });
    expect(window.location.search).toBe("?q=Tokyo&only=1");
    store.getState().setOnlyMatches(false);
    expect(window.location.search).toBe("?q=Tokyo");
    const length = window.history.length;
    store.getState().setOnlyMatches(true);
    expect(window.history.length).toBe(length + 1);
    store.getState().setQuery("Tokyo visit");
    vi.advanceTimersByTime(300);
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe("?q=Tokyo+visit&only=1");
    window.history.replaceState(null, "", "/?q=Tokyo+visit");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState().onlyMatches).toBe(false);
  });

  it("ignores only=1 without a query", () => {
    boot("?only=1");
    expect(store.getState().onlyMatches).toBe(false);
    expect(window.location.search).toBe("");
    expect(store.getState().notices).toEqual([]);
  });

  it("writes a continuous gesture's window once, when it pauses", () => {
    boot("");
    const replace = vi.spyOn(window.history, "replaceState");
    for (let day = 1; day <= 10; day++) {
      store.getState().setTimeWindow({ start: Date.UTC(2000, 0, day), end: Date.UTC(2001, 0, 1) });
      vi.advanceTimersByTime(100);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?from=2000-01-10&to=2000-12-31");
    replace.mockRestore();
  });

  it("writes a pending window when the page goes away mid-gesture", () => {
    boot("");
    store.getState().setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) });
    expect(window.location.search).toBe("");
    window.dispatchEvent(new Event("pagehide"));
    expect(window.location.search).toBe("?from=2000-01-01&to=2000-12-31");
  });

  it("applies Back and Forward to the store without writing history", () => {
    boot("");
    store.getState().selectEvent("e-1945");
    store.getState().selectPlace("tokyo");
    const length = window.history.length;
    window.history.replaceState(null, "", "/?event=e-1945");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState()).toMatchObject({ selectedEventId: "e-1945", selectedPlaceId: null });
    expect(window.history.length).toBe(length);
    expect(openSource).not.toHaveBeenCalled();
  });

  it("asks for another dataset when Back lands on one", () => {
    boot("");
    window.history.replaceState(null, "", "/?data=/other.json&event=x");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).toHaveBeenCalledWith(
      { kind: "url", url: "/other.json" },
      expect.objectContaining({ event: "x" }),
    );
  });

  it("makes another dataset a step to go Back from, and Back asks for the one before", () => {
    boot("?event=e-1945");
    const length = window.history.length;
    store.getState().datasetLoading({ kind: "url", url: "/other.json" });
    // While it loads, the address still describes what is on show.
    expect(window.location.search).toMatch(/^\?event=e-1945/);
    store.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/other.json" }, []);
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toMatch(/^\?data=\/other\.json&/);

    window.history.replaceState(null, "", "/?event=e-1945");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).toHaveBeenCalledWith(
      { kind: "default" },
      expect.objectContaining({ event: "e-1945" }),
    );
    // The reopened dataset lands on that entry instead of adding one.
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(window.history.length).toBe(length + 1);
  });

  it("pauses a playing story on Back or Forward, which shows that entry's step", () => {
    boot("?story=article&event=e-2018-01");
    store.getState().setPlaying(true);
    window.history.replaceState(null, "", "/?story=article&event=e-1945");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState()).toMatchObject({
      story: "article",
      selectedEventId: "e-1945",
      playing: false,
    });
  });

  it("marks the entry of pasted rows, which a reload asks for as such", () => {
    boot("");
    sync.openingFile(pastedRowsFile("title,start\nA,2018", "pasted rows"));
    store.getState().datasetLoading({ kind: "file", name: "pasted rows", pasted: true });
    store
      .getState()
      .datasetLoaded(smallDataset(), { kind: "file", name: "pasted rows", pasted: true }, []);
    expect(fileEntryOf(window.history.state)).toEqual({ name: "pasted rows", pasted: true });
  });

  it("keeps a local file for Back and Forward, and says so when it is gone", () => {
    boot("");
    const file = new File(["{}"], "mine.json");
    sync.openingFile(file);
    store.getState().datasetLoading({ kind: "file", name: "mine.json" });
    store.getState().datasetLoaded(smallDataset(), { kind: "file", name: "mine.json" }, []);
    const fileEntry = window.history.state as { fileKey: number };
    expect(fileEntry).toEqual({ fileKey: expect.any(Number), fileName: "mine.json" });
    // The address says a file is on show, without its name.
    expect(window.location.search).toBe("?file=1");
    expect(fileEntryOf(fileEntry)).toEqual({ name: "mine.json", pasted: false });
    expect(fileEntryOf(null)).toBeNull();
    store.getState().selectEvent("e-1945");
    expect(window.history.state).toEqual(fileEntry);

    // Back to the default dataset's entry (no address, no key): the default opens.
    window.history.replaceState(null, "", "/");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).toHaveBeenLastCalledWith({ kind: "default" }, expect.anything());
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);

    // Forward to the file's entry: the same File opens again.
    window.history.replaceState(fileEntry, "", "/?event=e-1945");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).toHaveBeenLastCalledWith(
      { kind: "file", name: "mine.json" },
      expect.objectContaining({ event: "e-1945" }),
      file,
    );

    // An entry of a file from before a reload cannot be shown: a notice says so.
    openSource.mockClear();
    window.history.replaceState({ fileKey: 999 }, "", "/");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).not.toHaveBeenCalled();
    expect(store.getState().notices.map((n) => n.id)).toContain("file-gone");

    // An entry whose key was lost (a reload racing a write) still names a file in its address:
    // the notice again, never the site's dataset under the file's selection.
    store.getState().dismissNotice("file-gone");
    window.history.replaceState(null, "", "/?file=1&event=e-1945");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(openSource).not.toHaveBeenCalled();
    expect(store.getState().notices.map((n) => n.id)).toContain("file-gone");

    // On to an entry of the dataset on show: the lost file's word goes with its entry (review 40 V3).
    window.history.replaceState(null, "", "/?event=e-2018-01");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState().selectedEventId).toBe("e-2018-01");
    expect(store.getState().notices.map((n) => n.id)).not.toContain("file-gone");
  });

  it("reports malformed values once and opens normally", () => {
    boot(`?event=${"a".repeat(20_000)}&from=NaN&to=x&zzz=1`);
    const texts = store.getState().notices.map((n) => worded(n).text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("20,000 characters");
    expect(texts[0]).toContain('start date (from): "NaN" is not a date');
    expect(texts[0]).toContain('end date (to): "x" is not a date');
    expect(store.getState().timeWindow).not.toBeNull();
  });
});
