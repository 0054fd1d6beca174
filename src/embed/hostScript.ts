/**
 * `embed.js`, the script a host page loads after its embeds. For every
 * `<iframe data-kuril-embed>` it passes the page's fragment (`#event=…`) into
 * the embed when the embed is ready and whenever the fragment changes (Back,
 * Forward, a link), writes the embed's selection back into the fragment with
 * `pushState` (so Back steps through selections), gives the embed's Share the page's own link to
 * an event, and grows the frame when the
 * embed reports content taller than the frame. A page opened at a deep link into an embed scrolls
 * it into view (hostArrival.ts). `data-kuril-address="off"` leaves the page's address alone. Built on its own, without dependencies (scripts/embedScriptPlugin.ts).
 */
import { arrivalBlock, arrivalEmbed } from "./hostArrival";
import {
  assignKeys,
  isNewSelection,
  type OwnSelection,
  readFragment,
  shareAddress,
  speaksTo,
  writeFragment,
} from "./hostFragment";
import { type EmbedMessage, type EmbedView, embedMessageData, messageFrom } from "./protocol";

interface Embed {
  frame: HTMLIFrameElement;
  origin: string;
  key: string;
  follows: boolean;
  /** What its own address (`src`) selects. */
  own: OwnSelection;
  /** The last view sent, so a fragment change sends only what changed. */
  sent: string;
}

/** The tallest a frame grows to from the embed's reports. */
const MAX_HEIGHT = 4000;

const embeds = new Map<HTMLIFrameElement, Embed>();
/** Past the page's arrival: its deep link's embed shown (or none named), or the address changed. */
let arrived = false;

function post(embed: Embed, message: EmbedMessage): void {
  embed.frame.contentWindow?.postMessage(embedMessageData(message), embed.origin);
}

function sendFragment(embed: Embed, always: boolean): void {
  if (!embed.follows) return;
  const view = readFragment(location.hash, embed.key);
  const text = JSON.stringify(view);
  if (text === embed.sent) return;
  // On load, an empty fragment leaves the embed on its own address; later it means "back to it".
  if (!always && Object.keys(view).length === 0) return;
  embed.sent = text;
  post(embed, { action: "select", view });
}

function onSelected(embed: Embed, view: EmbedView): void {
  if (!embed.follows) return;
  const hash = writeFragment(location.hash, embed.key, view, embed.own);
  if (hash === location.hash) return;
  const url = `${location.pathname}${location.search}${hash}`;
  embed.sent = JSON.stringify(readFragment(hash, embed.key));
  if (isNewSelection(location.hash, embed.key, view, embed.own))
    history.pushState(history.state, "", url);
  else history.replaceState(history.state, "", url);
}

/** Grow the frame so its inside is `height` tall; never shrink it below the height the page gave it. */
function grow(frame: HTMLIFrameElement, height: number): void {
  const target = Math.min(MAX_HEIGHT, height);
  if (target <= frame.clientHeight) return;
  // With box-sizing: border-box (common on host pages) the height includes the frame's border.
  const edges =
    getComputedStyle(frame).boxSizing === "border-box"
      ? frame.offsetHeight - frame.clientHeight
      : 0;
  frame.style.height = `${target + edges}px`;
}

function onMessage(event: MessageEvent): void {
  for (const embed of embeds.values()) {
    const message = messageFrom(
      { origin: embed.origin, window: embed.frame.contentWindow },
      { data: event.data, origin: event.origin, source: event.source },
    );
    if (!message) continue;
    if (message.action === "ready") {
      embed.sent = "";
      // Share in the embed gives this page at the event, which the fragment opens.
      if (embed.follows)
        post(embed, { action: "share", url: shareAddress(location.href, embed.key) });
      sendFragment(embed, false);
    } else if (message.action === "selected") onSelected(embed, message.view);
    else if (message.action === "height") grow(embed.frame, message.height);
    return;
  }
}

/** On arrival at a deep link, the embed it names in view, unless the reader has scrolled already. */
function showLinkedEmbed(): void {
  if (arrived || embeds.size === 0) return;
  arrived = true;
  if (window.scrollX !== 0 || window.scrollY !== 0) return;
  const following = Array.from(embeds.values()).filter((embed) => embed.follows);
  const frame =
    following[
      arrivalEmbed(
        location.hash,
        following.map((embed) => embed.key),
      )
    ]?.frame;
  frame?.scrollIntoView({ block: arrivalBlock(frame.offsetHeight, window.innerHeight) });
}

function onAddressChange(): void {
  arrived = true;
  const keys = Array.from(embeds.values(), (embed) => embed.key);
  for (const embed of embeds.values()) {
    if (speaksTo(location.hash, embed.key, keys)) sendFragment(embed, true);
  }
}

/** Find the embeds on the page (again: each snippet's script tag scans for frames added since). */
function scan(): void {
  const frames = Array.from(
    document.querySelectorAll<HTMLIFrameElement>("iframe[data-kuril-embed]"),
  );
  const keys = assignKeys(frames.map((frame) => frame.dataset.kurilKey));
  frames.forEach((frame, i) => {
    let src: URL;
    try {
      src = new URL(frame.src, location.href);
    } catch {
      return;
    }
    const origin = src.origin;
    const known = embeds.get(frame);
    if (known) {
      known.key = keys[i] ?? "";
      return;
    }
    const embed: Embed = {
      frame,
      origin,
      key: keys[i] ?? "",
      follows: frame.dataset.kurilAddress !== "off",
      own: {
        event: src.searchParams.get("event") || null,
        place: src.searchParams.get("place") || null,
      },
      sent: "",
    };
    embeds.set(frame, embed);
    // The embed may have said `ready` before this script ran: ask again, now and after each load.
    // Not while the frame still holds its blank first document (same-origin, hence readable):
    // the browser would refuse the message with an error in the console.
    frame.addEventListener("load", () => post(embed, { action: "hello" }));
    if (frame.contentDocument === null || origin === location.origin)
      post(embed, { action: "hello" });
  });
  // Once the page is parsed: before, the text below a frame is missing and it cannot be centred.
  if (document.readyState !== "loading") showLinkedEmbed();
}

interface HostGlobal {
  kurilEmbed?: { scan: () => void };
}

const global = window as Window & HostGlobal;
if (!global.kurilEmbed) {
  global.kurilEmbed = { scan };
  window.addEventListener("message", onMessage);
  window.addEventListener("hashchange", onAddressChange);
  window.addEventListener("popstate", onAddressChange);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
}
global.kurilEmbed.scan();
