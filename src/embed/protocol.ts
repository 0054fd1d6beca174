/**
 * The messages between an embedded app and the page around it (the host
 * script, or a developer's own code). Plain data through `postMessage`, one
 * versioned format; both sides read a message with `readEmbedMessage`, which
 * returns null for anything that is not exactly this format.
 *
 * Host → app:
 *   { type: "kuril-embed", version: 1, action: "hello" }
 *     asks the app to say `ready` (again).
 *   { type: "kuril-embed", version: 1, action: "select", event?, place?, from?, to? }
 *     shows that view; a key left out falls back to the embed's own address.
 *   { type: "kuril-embed", version: 1, action: "share", url }
 *     Share copies `url` and the event's id: the page's own link to it (`…/article.html#event=`).
 * App → host:
 *   { ..., action: "ready" }       the dataset is on show and `select` will be obeyed
 *   { ..., action: "selected", event, place, from, to }   the reader's view (null: none / default window)
 *   { ..., action: "height", height }   the height the app's content needs, in CSS pixels
 *
 * This module has no imports: the host script (`embed.js`) bundles it.
 */
export const MESSAGE_TYPE = "kuril-embed";
export const MESSAGE_VERSION = 1;

/** The view a host asks for, or an app reports: ids and `YYYY[-MM[-DD]]` dates, as in the URL. */
export interface EmbedView {
  event: string | null;
  place: string | null;
  from: string | null;
  to: string | null;
}

export type EmbedMessage =
  | { action: "hello" }
  | { action: "ready" }
  | { action: "select"; view: Partial<EmbedView> }
  | { action: "share"; url: string }
  | { action: "selected"; view: EmbedView }
  | { action: "height"; height: number };

/** Longer values are never legitimate (ids are at most 120 characters in the URL). */
const MAX_VALUE = 200;
const VIEW_KEYS = ["event", "place", "from", "to"] as const;
/** A page's address longer than this is not shared. */
const MAX_URL = 2000;

function viewValue(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === "string" && value.length > 0 && value.length <= MAX_VALUE) return value;
  return undefined;
}

/** The view keys of a message: strings or null; any other value makes the whole message invalid. */
function readView(data: Record<string, unknown>): Partial<EmbedView> | null {
  const view: Partial<EmbedView> = {};
  for (const key of VIEW_KEYS) {
    if (!(key in data) || data[key] === undefined) continue;
    const value = viewValue(data[key]);
    if (value === undefined) return null;
    view[key] = value;
  }
  return view;
}

/** Reads a message's data; null unless it is a well-formed message of this format and version. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.type !== MESSAGE_TYPE || record.version !== MESSAGE_VERSION) return null;
  switch (record.action) {
    case "hello":
    case "ready":
      return { action: record.action };
    case "select": {
      const view = readView(record);
      return view ? { action: "select", view } : null;
    }
    case "selected": {
      const view = readView(record);
      if (!view) return null;
      return {
        action: "selected",
        view: {
          event: view.event ?? null,
          place: view.place ?? null,
          from: view.from ?? null,
          to: view.to ?? null,
        },
      };
    }
    case "share": {
      const url = record.url;
      if (typeof url !== "string" || url.length === 0 || url.length > MAX_URL) return null;
      return { action: "share", url };
    }
    case "height": {
      const height = record.height;
      if (typeof height !== "number" || !Number.isFinite(height) || height < 0) return null;
      return { action: "height", height: Math.round(height) };
    }
    default:
      return null;
  }
}

/** The data to post for a message. */
export function embedMessageData(message: EmbedMessage): Record<string, unknown> {
  const base = { type: MESSAGE_TYPE, version: MESSAGE_VERSION, action: message.action };
  if (message.action === "select" || message.action === "selected")
    return { ...base, ...message.view };
  if (message.action === "height") return { ...base, height: message.height };
  if (message.action === "share") return { ...base, url: message.url };
  return base;
}

/** What a message listener receives: a `MessageEvent`'s parts the checks need. */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** Who may talk to this side: one window, at one origin. Unknown (null) trusts no one. */
export interface Peer {
  origin: string | null;
  window: unknown;
}

/** The message, if it comes from the peer's window at the peer's origin and is well-formed. */
export function messageFrom(peer: Peer, incoming: IncomingMessage): EmbedMessage | null {
  if (peer.origin === null || peer.window === null || peer.window === undefined) return null;
  if (incoming.origin !== peer.origin || incoming.source !== peer.window) return null;
  return readEmbedMessage(incoming.data);
}
