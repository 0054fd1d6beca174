/// <reference types="vite-plugin-pwa/react" />

import { useRegisterSW } from "virtual:pwa-register/react";
import { useEffect } from "react";
import { loadLaterMessages } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";

/** The worker that served this page (`announceUpdate` tells another tab's Reload by it). */
const servedBy = typeof navigator === "undefined" ? null : navigator.serviceWorker?.controller;

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
  } = useRegisterSW({ onNeedReload: reloadNone });
  useEffect(() => {
    if (!needRefresh) return;
    void Promise.all([import("./updateNotice"), loadLaterMessages()]).then(([{ announceUpdate }]) =>
      announceUpdate(notify, servedBy, () => updateServiceWorker(true)),
    );
  }, [needRefresh, notify, updateServiceWorker]);
  return null;
}
