/// <reference types="vite-plugin-pwa/react" />

import { useRegisterSW } from "virtual:pwa-register/react";
import { useEffect } from "react";
import { useAppStore } from "../store/appStore";
import type { AppState } from "../store/types";

/** The new version's notice (dismissed by its ×, like any notice). */
const UPDATE_NOTICE_ID = "update-ready";

/** This tab's reader pressed Reload: the new worker taking over restarts this tab only. */
let reloadAsked = false;

/** The worker that served this page: another one in control means a new version runs. */
const servedBy = typeof navigator === "undefined" ? null : navigator.serviceWorker?.controller;

/** Whether a newer worker already took this page over (another tab's Reload, before this tab heard of it). */
const takenOverAlready = () => {
  const now = navigator.serviceWorker?.controller;
  return Boolean(servedBy && now && now !== servedBy);
};

/** The new version runs in another tab: this one says how to start it here. */
function startedElsewhere(notify: AppState["notify"]): void {
  notify({
    id: UPDATE_NOTICE_ID,
    kind: "info",
    text: (t) => t("update.startedElsewhere"),
    action: { label: (t) => t("update.reload"), run: () => window.location.reload() },
  });
}

/**
 * Registers the service worker (the site works offline after one visit) and,
 * when a new version has been downloaded, says so instead of swapping code
 * under the reader: the new version starts on "Reload". It says so among the
 * page's notices, above the map: a box fixed at the foot of the page covered
 * the timeline's axis and overview, on a phone in three lines.
 */
export function UpdatePrompt() {
  const notify = useAppStore((state) => state.notify);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The new worker took over every tab when one tab's reader pressed Reload. The plugin reloaded
    // them all, and a tab showing pasted rows or a local file came back empty (review 27 F2): only
    // the tab that asked reloads; another keeps what it shows, and says how to start the new one.
    onNeedReload: () => {
      if (reloadAsked) window.location.reload();
      else startedElsewhere(notify);
    },
  });
  useEffect(() => {
    if (!needRefresh) return;
    if (takenOverAlready()) {
      startedElsewhere(notify);
      return;
    }
    // A worker of another script (the plugin reports only its own script's update) takes over too.
    const takenOver = () => {
      if (!reloadAsked) startedElsewhere(notify);
    };
    navigator.serviceWorker?.addEventListener("controllerchange", takenOver, { once: true });
    const reload = () => {
      reloadAsked = true;
      // The plugin reloads when the new worker takes over after an update of the same script;
      // this covers a worker registered under another URL as well.
      navigator.serviceWorker?.addEventListener(
        "controllerchange",
        () => window.location.reload(),
        { once: true },
      );
      void updateServiceWorker(true);
    };
    notify({
      id: UPDATE_NOTICE_ID,
      kind: "info",
      text: (t) => t("update.ready"),
      action: { label: (t) => t("update.reload"), run: reload },
    });
  }, [needRefresh, notify, updateServiceWorker]);
  return null;
}
