import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { announceSelections } from "../ui/announceSelection";
import { DEFAULT_URL_STATE } from "../url/codec";
import { loadProblemWords } from "../url/urlProblem";
import { bindEmbedToStore, type HostLink } from "./bindEmbedToStore";
import type { IncomingMessage } from "./protocol";

const HOST = "https://news.example";
const hostWindow = { name: "host" };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A host page that records what the embed posts and can post back. */
function fakeHost(origin: string | null = HOST) {
  const posted: Record<string, unknown>[] = [];
  let handler: ((incoming: IncomingMessage) => void) | null = null;
  const link: HostLink = {
    peer: { origin, window: hostWindow },
    post: (data) => posted.push(data),
    listen: (listener) => {
      handler = listener;
      return () => {
        handler = null;
      };
    },
  };
  const send = (data: Record<string, unknown>, from: Partial<IncomingMessage> = {}) =>
    handler?.({
      data: { type: "kuril-embed", version: 1, ...data },
      origin: HOST,
      source: hostWindow,
      ...from,
    });
  const actions = () => posted.map((data) => data.action);
  return { link, posted, send, actions, listening: () => handler !== null };
}

function setup(origin: string | null = HOST) {
  const store = createAppStore();
  const host = fakeHost(origin);
  const stop = bindEmbedToStore(store, host.link, {
    initial: { ...DEFAULT_URL_STATE, embed: true },
    origin: "https://app.example",
    windowDelayMs: 100,
  });
  const load = () => store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
  return { store, host, stop, load };
}

// A link's problems are said once their words are in: here at once, as sync.test.ts has them (the
// test passed only after another file had loaded them in the same worker).
beforeAll(loadProblemWords);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("bindEmbedToStore", () => {
  it("says ready once a dataset is on show, and again when asked", () => {
    const { host, load } = setup();
    host.send({ action: "hello" });
    expect(host.actions()).toEqual([]);
    load();
    expect(host.actions()).toEqual(["ready"]);
    host.send({ action: "hello" });
    expect(host.actions()).toEqual(["ready", "ready"]);
  });

  it("takes the host page's link for Share, on its origin only", () => {
    const { store, host, load } = setup();
    load();
    host.send({ action: "share", url: "https://phishing.example/#event=" });
    expect(store.getState().hostLink).toBeNull();
    host.send({ action: "share", url: `${HOST}/story.html#event=` });
    expect(store.getState().hostLink).toBe(`${HOST}/story.html#event=`);
    expect(host.actions()).toEqual(["ready"]);
  });

  it("obeys the host's select without echoing it back", () => {
    const { store, host, load } = setup();
    load();
    host.send({ action: "select", event: "e-2018-01" });
    expect(store.getState().selectedEventId).toBe("e-2018-01");
    vi.advanceTimersByTime(500);
    expect(host.actions()).toEqual(["ready"]);
  });

  it("keeps its view and shows the app's notice for an id the dataset lacks", () => {
    const { store, host, load } = setup();
    load();
    store.getState().selectEvent("e-2016-12");
    host.send({ action: "select", event: "no-such-event" });
    expect(store.getState().selectedEventId).toBe("e-2016-12");
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ id: "unknown-event", kind: "warning" }),
    ]);
    // A later link's notice replaces the earlier link's: it is about this link's ids.
    host.send({ action: "select", place: "atlantis" });
    expect(store.getState().notices.map((notice) => notice.id)).toEqual(["unknown-place"]);
    host.send({ action: "select", from: "2018-13-01", to: "2019" });
    expect(store.getState().notices.at(-1)).toEqual(
      expect.objectContaining({ id: "url-problems", kind: "info" }),
    );
    expect(store.getState().selectedEventId).toBe("e-2016-12");
    // A link the embed opens whole takes the earlier link's notices back, about its ids and its
    // window (that one stayed: review 33 F6).
    host.send({ action: "select", event: "e-2018-01" });
    expect(store.getState().selectedEventId).toBe("e-2018-01");
    expect(store.getState().notices.map((notice) => notice.id)).not.toContain("unknown-place");
    expect(store.getState().notices.map((notice) => notice.id)).not.toContain("url-problems");
  });

  it("does not announce the host's address at load, as a link to the app is not; later selects are (review 33 F5)", () => {
    const now = vi.spyOn(performance, "now").mockReturnValue(10_000);
    const { store, host, load } = setup();
    announceSelections(store);
    load();
    const before = store.getState().announcement;
    host.send({ action: "select", event: "e-2018-01" });
    expect(store.getState().selectedEventId).toBe("e-2018-01");
    expect(store.getState().announcement).toBe(before);
    // Back in the host page, seconds later.
    now.mockReturnValue(15_000);
    host.send({ action: "select", event: "e-2016-12" });
    expect(store.getState().announcement.seq).toBe(before.seq + 1);
    now.mockRestore();
  });

  it("ignores a select from a third origin or another window", () => {
    const { store, host, load } = setup();
    load();
    host.send({ action: "select", event: "e-2018-01" }, { origin: "https://ads.example" });
    host.send({ action: "select", event: "e-2018-01" }, { source: { name: "ad" } });
    expect(store.getState().selectedEventId).toBeNull();
  });

  it("reports the reader's selections at once", () => {
    const { store, host, load } = setup();
    load();
    store.getState().selectEvent("e-2016-12");
    store.getState().selectPlace("tokyo");
    expect(host.posted.slice(1)).toEqual([
      expect.objectContaining({ action: "selected", event: "e-2016-12", place: null }),
      expect.objectContaining({ action: "selected", event: null, place: "tokyo" }),
    ]);
  });

  it("reports a window change once it pauses", () => {
    const { store, host, load } = setup();
    load();
    store.getState().setTimeWindow({ start: day("2016-01-01"), end: day("2017-01-01") });
    store.getState().setTimeWindow({ start: day("2016-06-01"), end: day("2018-07-01") });
    expect(host.actions()).toEqual(["ready"]);
    vi.advanceTimersByTime(100);
    expect(host.posted.at(-1)).toEqual(
      expect.objectContaining({ action: "selected", from: "2016-06-01", to: "2018-06-30" }),
    );
    expect(host.actions()).toEqual(["ready", "selected"]);
  });

  it("does nothing when the host's origin is unknown, and stops when told", () => {
    const unknown = setup(null);
    unknown.load();
    expect(unknown.host.actions()).toEqual([]);
    expect(unknown.host.listening()).toBe(false);

    const { store, host, stop, load } = setup();
    expect(host.listening()).toBe(true);
    stop();
    expect(host.listening()).toBe(false);
    load();
    store.getState().selectEvent("e-2016-12");
    expect(host.actions()).toEqual([]);
  });
});
