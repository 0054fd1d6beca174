/// <reference types="vite-plugin-pwa/react" />

import { useRegisterSW } from "virtual:pwa-register/react";
import { useEffect } from "react";
import { loadLaterMessages } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import type { AppState } from "../store/types";

type Notify = AppState["notify"];

/** The worker that served this page (`announceUpdate` tells another tab's Reload by it). */
const servedBy = typeof navigator === "undefined" ? null : navigator.serviceWorker?.controller;

/**
 * Says so when the first version's install fails (storage too small for the precache: review 27
 * F6): the browser drops the worker without a word, and the app would not open offline. An
 * update's failure is left alone: the version in use still works offline.
 */
function watchFirstInstall(registration: ServiceWorkerRegistration | undefined, notify: Notify) {
  const installing = registration?.installing;
  installing?.addEventListener("statechange", () => {
    if (installing.state === "redundant" && !registration?.active)
      void import("./updateNotice").then((notice) => notice.announceNotKept(notify));
  });
}

/** The plugin would reload every tab the new worker takes over: `announceUpdate` decides. */
const reloadNone = () => undefined;

/**
 * Registers the service worker (the site works offline after one visit) and,
 * when a new version has been downloaded, says so instead of swapping code
 * under the reader: the new version starts on "Reload" (`updateNotice.ts`). It
 * says so among the page's notices, above the map: a box fixed at the foot of
 * the page covered the timeline's axis and overview, on a phone in three lines.
 */
export function UpdatePrompt() {
  const notify = useAppStore((state) => state.notify);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: reloadNone,
    onRegisteredSW: (_, registration) => watchFirstInstall(registration, notify),
  });
  useEffect(() => {
    if (!needRefresh) return;
    void Promise.all([import("./updateNotice"), loadLaterMessages()]).then(([{ announceUpdate }]) =>
      announceUpdate(notify, servedBy, () => updateServiceWorker(true)),
    );
  }, [needRefresh, notify, updateServiceWorker]);
  return null;
}
