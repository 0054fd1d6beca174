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
import { decodeUrl, encodeWindow, type UrlState } from "../url/codec";
import { type EmbedView, type IncomingMessage, messageFrom, type Peer } from "./protocol";

/** The part of the store a host may set. */
export interface HostSelection {
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  timeWindow: Interval;
}

export type HostCommand = { kind: "hello" } | { kind: "select"; selection: HostSelection };

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

/** The selection a `select` view asks for, or null when any of its values is bad or unknown here. */
export function selectionOf(
  view: Partial<EmbedView>,
  index: DatasetIndex,
  initial: UrlState,
  origin: string,
): HostSelection | null {
  const { state, problems } = decodeUrl(viewQuery(view), { origin });
  if (problems.length > 0) return null;
  const ownsSelection = view.event !== undefined || view.place !== undefined;
  const event = ownsSelection ? state.event : initial.event;
  const place = event ? null : ownsSelection ? state.place : initial.place;
  if (ownsSelection && state.event && !index.byId.has(state.event)) return null;
  if (ownsSelection && state.place && !index.places.has(state.place)) return null;
  const ownsWindow = typeof view.from === "string" || typeof view.to === "string";
  let window = (ownsWindow ? state.window : initial.window) ?? defaultWindow(index);
  const shown = event ? index.byId.get(event) : undefined;
  // Like a link: the window moves to show the selected event if it does not.
  if (shown && !(shown.interval.end > window.start && shown.interval.start < window.end)) {
    window = windowShowing(window, shown.interval);
  }
  return {
    selectedEventId: event && index.byId.has(event) ? event : null,
    selectedPlaceId: place && index.places.has(place) ? place : null,
    timeWindow: window,
  };
}

/** The command a message carries, or null for anything to ignore. */
export function hostCommand(incoming: IncomingMessage, context: HostContext): HostCommand | null {
  const message = messageFrom(context.peer, incoming);
  if (!message) return null;
  if (message.action === "hello") return { kind: "hello" };
  if (message.action !== "select" || !context.index) return null;
  const selection = selectionOf(message.view, context.index, context.initial, context.origin);
  return selection ? { kind: "select", selection } : null;
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
