/**
 * The embed's side of the conversation with its host page, bound to the
 * store like the map is (`src/map/bindMapToStore.ts`): one subscription per
 * report, each reading only the slice it needs; the host's commands become
 * store updates, and what they change is not echoed back. A command that
 * names what this dataset lacks changes nothing and shows the app's notice.
 */
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import type { UrlState } from "../url/codec";
import {
  tellUnknownIds,
  URL_PROBLEMS_NOTICE,
  urlProblemsNotice,
  withProblemWords,
} from "../url/urlState";
import { hostCommand, reportedView } from "./hostMessages";
import {
  type EmbedMessage,
  type EmbedView,
  embedMessageData,
  type IncomingMessage,
  type Peer,
} from "./protocol";

/** How the binding reaches the host page; tests pass a fake. */
export interface HostLink {
  peer: Peer;
  /** Post to the peer (at its origin only). */
  post: (data: Record<string, unknown>) => void;
  /** Listen to every message this window receives; returns the unsubscribe. */
  listen: (handler: (incoming: IncomingMessage) => void) => () => void;
}

export interface EmbedBindingOptions {
  /** What the embed's own address says (its `src`). */
  initial: UrlState;
  /** This app's origin. */
  origin: string;
  /** A window change is reported once it pauses this long (a gesture changes it every frame). */
  windowDelayMs?: number;
}

/** How soon the host's script answers `ready` (a message each way, in one machine: milliseconds). */
const READY_ANSWER_MS = 1000;

const sameView = (a: EmbedView, b: EmbedView) =>
  a.event === b.event && a.place === b.place && a.from === b.from && a.to === b.to;

function viewOf(state: AppState): EmbedView | null {
  if (!state.index) return null;
  return reportedView(state.index, {
    event: state.selectedEventId,
    place: state.selectedPlaceId,
    window: state.timeWindow,
  });
}

export function bindEmbedToStore(
  store: AppStore,
  host: HostLink,
  { initial, origin, windowDelayMs = 250 }: EmbedBindingOptions,
): () => void {
  if (host.peer.origin === null) return () => {};
  const send = (message: EmbedMessage) => host.post(embedMessageData(message));
  let fromHost = false;
  let reported: EmbedView | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Until when a `select` is the host's answer to `ready` (its address at load). */
  let readyAnswerBy = 0;
  const cancelPending = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const report = (view: EmbedView) => {
    cancelPending();
    reported = view;
    send({ action: "selected", view });
  };

  const unsubscribers = [
    // Ready once a dataset is on show; again for each dataset after it.
    store.subscribe(
      (state) => state.index,
      (index) => {
        if (!index) return;
        reported = viewOf(store.getState());
        send({ action: "ready" });
        readyAnswerBy = performance.now() + READY_ANSWER_MS;
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (state) => [state.selectedEventId, state.selectedPlaceId] as const,
      () => {
        const view = viewOf(store.getState());
        if (!view) return;
        if (fromHost) {
          reported = view;
          return;
        }
        if (!reported || !sameView(view, reported)) report(view);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    ),
    store.subscribe(
      (state) => state.timeWindow,
      () => {
        if (fromHost) {
          reported = viewOf(store.getState());
          return;
        }
        cancelPending();
        timer = setTimeout(() => {
          timer = null;
          const view = viewOf(store.getState());
          if (view && (!reported || !sameView(view, reported))) report(view);
        }, windowDelayMs);
      },
    ),
  ];

  unsubscribers.push(
    host.listen((incoming) => {
      const state = store.getState();
      const command = hostCommand(incoming, {
        peer: host.peer,
        index: state.index,
        initial,
        origin,
      });
      if (!command) return;
      if (command.kind === "hello") {
        if (state.index) {
          send({ action: "ready" });
          readyAnswerBy = performance.now() + READY_ANSWER_MS;
        }
        return;
      }
      if (command.kind === "share") {
        store.setState({ hostLink: command.url });
        return;
      }
      if (command.kind === "refuse") {
        // The view stays; the reader learns why the host page's link showed nothing new.
        const { refusal } = command;
        const problems = urlProblemsNotice(refusal.problems);
        if (problems) withProblemWords(() => state.notify(problems));
        if (state.index) tellUnknownIds(store, refusal, state.index);
        return;
      }
      // A view the host's fragment opens whole: an earlier fragment's "No event 'x'" is past, and
      // so is its "Ignored the link's time window" (it stayed: review 33 F6).
      if (state.index) tellUnknownIds(store, { event: null, place: null }, state.index);
      state.dismissNotice(URL_PROBLEMS_NOTICE);
      cancelPending();
      // The host's answer to `ready` is its address's link at load, which is not announced, as a
      // link to the app is not: three embeds of a deep-linked page spoke at once (review 33 F5).
      const link = performance.now() < readyAnswerBy;
      readyAnswerBy = 0;
      const heard = state.announcement;
      fromHost = true;
      try {
        store.setState(command.selection);
        if (link) store.setState({ announcement: heard });
      } finally {
        fromHost = false;
      }
    }),
  );

  return () => {
    cancelPending();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
