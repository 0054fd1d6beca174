/**
 * Embed mode's wiring to the browser: who the embedding page is, the
 * message listener, and the height reports. The logic lives in
 * `bindEmbedToStore` and `hostMessages`.
 */
import type { AppStore } from "../store/appStore";
import type { UrlState } from "../url/codec";
import { bindEmbedToStore, type HostLink } from "./bindEmbedToStore";
import { embedMessageData, type Peer } from "./protocol";

/**
 * The embedding page's origin: the browser's record of it where there is one
 * (`location.ancestorOrigins`, Chromium and Safari), else the referrer's.
 * Null outside a frame, or when the host hides it (then no message is heard).
 */
export function parentOrigin(win: Window): string | null {
  if (win.parent === win) return null;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    const first = ancestors.item(0);
    return first && first !== "null" ? first : null;
  }
  try {
    const origin = win.document.referrer ? new URL(win.document.referrer).origin : null;
    return origin && origin !== "null" ? origin : null;
  } catch {
    return null;
  }
}

export function windowHostLink(win: Window = window): HostLink {
  const peer: Peer = { origin: parentOrigin(win), window: win.parent === win ? null : win.parent };
  return {
    peer,
    post: (data) => {
      if (peer.origin !== null) win.parent.postMessage(data, peer.origin);
    },
    listen: (handler) => {
      const listener = (event: MessageEvent) =>
        handler({ data: event.data, origin: event.origin, source: event.source });
      win.addEventListener("message", listener);
      return () => win.removeEventListener("message", listener);
    },
  };
}

/** Report the height the content needs, once per frame at most, so a host can fit the frame to it. */
function reportHeight(host: HostLink, win: Window): () => void {
  const root = win.document.documentElement;
  let last = -1;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const height = root.scrollHeight;
    if (height === last) return;
    last = height;
    host.post(embedMessageData({ action: "height", height }));
  };
  const observer = new ResizeObserver(() => {
    if (frame === 0) frame = win.requestAnimationFrame(measure);
  });
  observer.observe(root);
  if (win.document.body) observer.observe(win.document.body);
  return () => {
    observer.disconnect();
    if (frame !== 0) win.cancelAnimationFrame(frame);
  };
}

export function startEmbed(store: AppStore, initial: UrlState, win: Window = window): () => void {
  const host = windowHostLink(win);
  if (host.peer.origin === null) return () => {};
  const unbind = bindEmbedToStore(store, host, { initial, origin: win.location.origin });
  const stopHeight = reportHeight(host, win);
  return () => {
    unbind();
    stopHeight();
  };
}
