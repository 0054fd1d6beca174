/**
 * What the app does with a message from the page that embeds it, as a pure
 * function of the message, who sent it and the dataset on show. Only the
 * embedding page (its window, at its origin) is heard; only ids this dataset
 * has and valid dates are taken. No message can open a dataset or run code:
 * `select` is turned into a selection and a window, nothing else.
 */
import type { Interval } from "../data/dates";
import { defaultWindow } from "../data/defaultWindow";
import type { DatasetIndex } from "../data/indexDataset";
import { windowShowing } from "../data/timeWindow";
import { decodeUrl, encodeWindow, type UrlProblem, type UrlState } from "../url/codec";
import { linkWindow } from "../url/linkWindow";
import { type EmbedView, type IncomingMessage, messageFrom, type Peer } from "./protocol";

/** The part of the store a host may set. */
export interface HostSelection {
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  timeWindow: Interval;
}

/**
 * What a `select` names that cannot be shown: values the URL decoder refused (its problems), and
 * ids this dataset lacks. The message is dropped whole, and the reader is told, as a link
 * `?event=no-such-event` tells them in the app itself.
 */
export interface Refusal {
  problems: UrlProblem[];
  event: string | null;
  place: string | null;
}

export type HostCommand =
  | { kind: "hello" }
  | { kind: "share"; url: string }
  | { kind: "select"; selection: HostSelection }
  | { kind: "refuse"; refusal: Refusal };

export interface HostContext {
  /** The embedding page; null origin when it is unknown (then nothing is heard). */
  peer: Peer;
  /** The dataset on show; before it is, `select` is ignored (the host sends it after `ready`). */
  index: DatasetIndex | null;
  /** What the embed's own address says: keys a host leaves out fall back to it. */
  initial: UrlState;
  /** This app's origin, for the URL decoder. */
  origin: string;
}

/** The query a view would have in the app's address: the URL decoder then checks every value. */
function viewQuery(view: Partial<EmbedView>): string {
  const parts: string[] = [];
  for (const key of ["event", "place", "from", "to"] as const) {
    const value = view[key];
    if (typeof value === "string") parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  return parts.join("&");
}

/**
 * The selection a `select` view asks for, or why it cannot be shown.
 *
 * Keys the view leaves out fall back to the embed's own address (its `src`), each on its own: a
 * host fragment `#from=…&to=…` sets the window of an embed whose `src` names an event, and the
 * event stays selected. When both name a selection, the host's wins (its fragment is the more
 * specific link, the one a reader shared); an event or a place in the view replaces the src's.
 */
export function readSelect(
  view: Partial<EmbedView>,
  index: DatasetIndex,
  initial: UrlState,
  origin: string,
): { selection: HostSelection } | { refusal: Refusal } {
  const { state, problems } = decodeUrl(viewQuery(view), { origin });
  const ownsSelection = view.event !== undefined || view.place !== undefined;
  const unknownEvent = ownsSelection && state.event && !index.byId.has(state.event);
  const unknownPlace =
    ownsSelection && !state.event && state.place && !index.places.has(state.place);
  if (problems.length > 0 || unknownEvent || unknownPlace) {
    return {
      refusal: {
        problems,
        event: unknownEvent ? state.event : null,
        place: unknownPlace ? state.place : null,
      },
    };
  }
  const event = ownsSelection ? state.event : initial.event;
  const place = event ? null : ownsSelection ? state.place : initial.place;
  const ownsWindow = typeof view.from === "string" || typeof view.to === "string";
  // One bound alone (`#from=…`) spans as long as the default window, as in a link to the app.
  const fallback = defaultWindow(index);
  let window = linkWindow(ownsWindow ? state : initial, fallback, index) ?? fallback;
  const shown = event ? index.byId.get(event) : undefined;
  // A window the host gives is kept as given, as a link's `?event=…&from=…&to=…` is in the app,
  // even when the event lies outside it. A window taken from the src or the dataset's default
  // moves to show the selected event if it does not (as a link without a window does).
  if (
    !ownsWindow &&
    shown &&
    !(shown.interval.end > window.start && shown.interval.start < window.end)
  ) {
    window = windowShowing(window, shown.interval);
  }
  return {
    selection: {
      selectedEventId: event && index.byId.has(event) ? event : null,
      selectedPlaceId: place && index.places.has(place) ? place : null,
      timeWindow: window,
    },
  };
}

/**
 * The link Share gives in the embed, from the host's `share`: an http(s) address on the host's own
 * origin only, so a page can offer its own link to an event, never send readers to another site.
 */
export function hostShareUrl(url: string, hostOrigin: string | null): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const web = parsed.protocol === "https:" || parsed.protocol === "http:";
  return web && parsed.origin === hostOrigin ? parsed.href : null;
}

/** The command a message carries, or null for anything to ignore. */
export function hostCommand(incoming: IncomingMessage, context: HostContext): HostCommand | null {
  const message = messageFrom(context.peer, incoming);
  if (!message) return null;
  if (message.action === "hello") return { kind: "hello" };
  if (message.action === "share") {
    const url = hostShareUrl(message.url, context.peer.origin);
    return url === null ? null : { kind: "share", url };
  }
  if (message.action !== "select" || !context.index) return null;
  const result = readSelect(message.view, context.index, context.initial, context.origin);
  return "selection" in result
    ? { kind: "select", selection: result.selection }
    : { kind: "refuse", refusal: result.refusal };
}

/** The view the app reports: the window is null while it is the dataset's default (to the day). */
export function reportedView(
  index: DatasetIndex,
  selection: { event: string | null; place: string | null; window: Interval | null },
): EmbedView {
  let from: string | null = null;
  let to: string | null = null;
  if (selection.window) {
    const shown = encodeWindow(selection.window);
    const fallback = encodeWindow(defaultWindow(index));
    if (shown.from !== fallback.from || shown.to !== fallback.to) ({ from, to } = shown);
  }
  return { event: selection.event, place: selection.place, from, to };
}
