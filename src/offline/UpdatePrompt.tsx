/// <reference types="vite-plugin-pwa/react" />

import { useRegisterSW } from "virtual:pwa-register/react";
import { useEffect } from "react";
import { useAppStore } from "../store/appStore";

/** The new version's notice (dismissed by its ×, like any notice). */
const UPDATE_NOTICE_ID = "update-ready";

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
  } = useRegisterSW();
  useEffect(() => {
    if (!needRefresh) return;
    const reload = () => {
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
