import { describe, expect, it } from "vitest";
import { defaultWindow } from "../data/defaultWindow";
import { indexDataset } from "../data/indexDataset";
import { smallDataset } from "../test/fixtures";
import { DEFAULT_URL_STATE, type UrlState } from "../url/codec";
import {
  type HostContext,
  hostCommand,
  hostShareUrl,
  readSelect,
  reportedView,
} from "./hostMessages";

/** The selection a `select` view asks for, or null when it is refused. */
function selectionOf(...args: Parameters<typeof readSelect>) {
  const result = readSelect(...args);
  return "selection" in result ? result.selection : null;
}

const index = indexDataset(smallDataset());
const HOST = "https://news.example";
const hostWindow = { name: "host" };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function context(overrides: Partial<HostContext> = {}): HostContext {
  return {
    peer: { origin: HOST, window: hostWindow },
    index,
    initial: { ...DEFAULT_URL_STATE, embed: true },
    origin: "https://app.example",
    ...overrides,
  };
}

const select = (view: Record<string, unknown>) => ({
  data: { type: "kuril-embed", version: 1, action: "select", ...view },
  origin: HOST,
  source: hostWindow,
});

describe("hostCommand", () => {
  it("turns a select from the host into a selection", () => {
    expect(hostCommand(select({ event: "e-2018-01" }), context())).toEqual({
      kind: "select",
      selection: {
        selectedEventId: "e-2018-01",
        selectedPlaceId: null,
        timeWindow: defaultWindow(index),
      },
    });
  });

  it("ignores the same message from a third origin or another window", () => {
    const message = select({ event: "e-2018-01" });
    expect(hostCommand({ ...message, origin: "https://ads.example" }, context())).toBeNull();
    expect(hostCommand({ ...message, source: { name: "ad frame" } }, context())).toBeNull();
    expect(hostCommand({ ...message, source: null }, context())).toBeNull();
  });

  it("hears no one when the host's origin is unknown", () => {
    const unknown = context({ peer: { origin: null, window: hostWindow } });
    expect(hostCommand(select({ event: "e-2018-01" }), unknown)).toBeNull();
  });

  it("ignores a select before the dataset is on show, but answers hello", () => {
    expect(hostCommand(select({ event: "e-2018-01" }), context({ index: null }))).toBeNull();
    const hello = { ...select({}), data: { type: "kuril-embed", version: 1, action: "hello" } };
    expect(hostCommand(hello, context({ index: null }))).toEqual({ kind: "hello" });
  });

  it("refuses ids the dataset lacks, bad ids and bad dates, saying which", () => {
    expect(hostCommand(select({ event: "no-such-event" }), context())).toEqual({
      kind: "refuse",
      refusal: { problems: [], event: "no-such-event", place: null },
    });
    expect(hostCommand(select({ place: "atlantis" }), context())).toEqual({
      kind: "refuse",
      refusal: { problems: [], event: null, place: "atlantis" },
    });
    for (const view of [{ event: "../../etc" }, { from: "2018-13-01", to: "2019" }]) {
      const command = hostCommand(select(view), context());
      expect(command?.kind).toBe("refuse");
      if (command?.kind !== "refuse") continue;
      expect(command.refusal.problems).toHaveLength(1);
      expect(command.refusal.event).toBeNull();
    }
    // A known event with an unknown window is refused whole: the event is not the problem.
    expect(
      hostCommand(select({ event: "e-2018-01", from: "2018-13-01", to: "2019" }), context()),
    ).toEqual(expect.objectContaining({ kind: "refuse" }));
  });

  it("cannot open a dataset: a data key is not part of the format", () => {
    const command = hostCommand(
      select({ event: "e-2018-01", data: "https://evil.example/set.json" }),
      context(),
    );
    expect(command?.kind).toBe("select");
    expect(JSON.stringify(command)).not.toContain("evil");
  });
});

describe("hostShareUrl", () => {
  it("takes an http(s) address on the host's own origin", () => {
    expect(hostShareUrl(`${HOST}/2018/story.html?p=1#map2.event=`, HOST)).toBe(
      `${HOST}/2018/story.html?p=1#map2.event=`,
    );
    expect(hostShareUrl("http://127.0.0.1:4187/host.html#event=", "http://127.0.0.1:4187")).toBe(
      "http://127.0.0.1:4187/host.html#event=",
    );
  });

  it.each([
    ["another site", "https://phishing.example/#event="],
    ["a script", "javascript:alert(1)//"],
    ["a data address", "data:text/html,<p>"],
    ["no address", "not a url"],
  ])("refuses %s", (_, url) => {
    expect(hostShareUrl(url, HOST)).toBeNull();
  });

  it("refuses everything when the host's origin is unknown", () => {
    expect(hostShareUrl(`${HOST}/#event=`, null)).toBeNull();
  });

  it("is a command from the host only", () => {
    const share = {
      type: "kuril-embed",
      version: 1,
      action: "share",
      url: `${HOST}/a.html#event=`,
    };
    const incoming = { data: share, origin: HOST, source: hostWindow };
    expect(hostCommand(incoming, context({ index: null }))).toEqual({
      kind: "share",
      url: `${HOST}/a.html#event=`,
    });
    expect(hostCommand({ ...incoming, source: { name: "ad frame" } }, context())).toBeNull();
    const elsewhere = { ...share, url: "https://phishing.example/#event=" };
    expect(hostCommand({ ...incoming, data: elsewhere }, context())).toBeNull();
  });
});

describe("selectionOf", () => {
  const initial: UrlState = {
    ...DEFAULT_URL_STATE,
    embed: true,
    place: "iturup",
    window: { start: day("2017-01-01"), end: day("2018-07-01") },
  };

  it("falls back to the embed's own address for what the host leaves out", () => {
    expect(selectionOf({}, index, initial, "https://app.example")).toEqual({
      selectedEventId: null,
      selectedPlaceId: "iturup",
      timeWindow: initial.window,
    });
  });

  it("takes the host's selection and window when it gives them", () => {
    const selection = selectionOf(
      { place: "tokyo", from: "2016-06-01", to: "2018-06-30" },
      index,
      initial,
      "https://app.example",
    );
    expect(selection).toEqual({
      selectedEventId: null,
      selectedPlaceId: "tokyo",
      timeWindow: { start: day("2016-06-01"), end: day("2018-07-01") },
    });
  });

  it("starts the window at the host's from alone, for the default window's span", () => {
    const fallback = defaultWindow(index);
    expect(selectionOf({ from: "2010-01-01" }, index, initial, "x:")?.timeWindow).toEqual({
      start: day("2010-01-01"),
      end: day("2010-01-01") + (fallback.end - fallback.start),
    });
  });

  it("an event wins over a place, and a null clears the selection", () => {
    const both = selectionOf({ event: "e-2016-12", place: "tokyo" }, index, initial, "x:");
    expect(both?.selectedEventId).toBe("e-2016-12");
    expect(both?.selectedPlaceId).toBeNull();
    const none = selectionOf({ event: null }, index, initial, "x:");
    expect(none?.selectedEventId).toBeNull();
    expect(none?.selectedPlaceId).toBeNull();
  });

  it("takes the host's window and keeps the src's event, even when the window does not show it", () => {
    const withEvent: UrlState = { ...initial, place: null, event: "e-2018-01" };
    const window = { start: day("2016-06-01"), end: day("2017-07-01") };
    expect(selectionOf({ from: "2016-06-01", to: "2017-06-30" }, index, withEvent, "x:")).toEqual({
      selectedEventId: "e-2018-01",
      selectedPlaceId: null,
      timeWindow: window,
    });
    // The host's event and window both: both as given, as a link `?event=…&from=…&to=…` is.
    expect(
      selectionOf(
        { event: "e-1945", from: "2016-06-01", to: "2017-06-30" },
        index,
        withEvent,
        "x:",
      ),
    ).toEqual({ selectedEventId: "e-1945", selectedPlaceId: null, timeWindow: window });
  });

  it("the host's selection wins over the src's: its event, or its place", () => {
    const withEvent: UrlState = { ...initial, place: null, event: "e-2018-01" };
    expect(selectionOf({ event: "e-2016-12" }, index, withEvent, "x:")?.selectedEventId).toBe(
      "e-2016-12",
    );
    const place = selectionOf({ place: "tokyo" }, index, withEvent, "x:");
    expect(place?.selectedEventId).toBeNull();
    expect(place?.selectedPlaceId).toBe("tokyo");
  });

  it("moves the window to show the selected event, as a link does", () => {
    const selection = selectionOf({ event: "e-1945" }, index, initial, "x:");
    const window = selection?.timeWindow;
    const event = index.byId.get("e-1945");
    if (!window || !event) throw new Error("missing");
    expect(event.interval.start).toBeLessThan(window.end);
    expect(event.interval.end).toBeGreaterThan(window.start);
  });
});

describe("reportedView", () => {
  it("leaves the default window out and writes other windows as days", () => {
    expect(
      reportedView(index, { event: "e-2018-01", place: null, window: defaultWindow(index) }),
    ).toEqual({ event: "e-2018-01", place: null, from: null, to: null });
    expect(
      reportedView(index, {
        event: null,
        place: "tokyo",
        window: { start: day("2016-06-01"), end: day("2018-07-01") },
      }),
    ).toEqual({ event: null, place: "tokyo", from: "2016-06-01", to: "2018-06-30" });
  });
});
