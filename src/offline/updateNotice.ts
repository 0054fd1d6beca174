/**
 * What the page says of a new version: loaded once one is waiting, with its words (the first
 * load carries neither). The new worker takes over every tab of the app when one tab's reader
 * presses Reload; the plugin reloaded them all, and a tab showing pasted rows or a local file came
 * back empty (review 27 F2). Only the tab that asked restarts; another keeps what it shows and
 * says how to start the new version there.
 */
import { loadLaterMessages } from "../i18n/i18n";
import type { AppState } from "../store/types";

/** The new version's notice (dismissed by its ×, like any notice). */
const UPDATE_NOTICE_ID = "update-ready";

/**
 * Says that a new version is ready, with Reload (`update`: the waiting worker takes over).
 * `servedBy`: the worker that served this page; another in control already means another tab's
 * Reload came first.
 */
export function announceUpdate(
  notify: AppState["notify"],
  servedBy: ServiceWorker | null | undefined,
  update: () => Promise<void>,
): void {
  const workers = navigator.serviceWorker;
  const reload = () => window.location.reload();
  const startedElsewhere = () =>
    notify({
      id: UPDATE_NOTICE_ID,
      kind: "info",
      text: (t) => t("update.startedElsewhere"),
      action: { label: (t) => t("update.reload"), run: reload },
    });
  if (servedBy && workers?.controller && workers.controller !== servedBy) {
    startedElsewhere();
    return;
  }
  let asked = false;
  workers?.addEventListener("controllerchange", () => (asked ? reload() : startedElsewhere()), {
    once: true,
  });
  notify({
    id: UPDATE_NOTICE_ID,
    kind: "info",
    text: (t) => t("update.ready"),
    action: {
      label: (t) => t("update.reload"),
      run: () => {
        asked = true;
        void update();
      },
    },
  });
}

/** Says that the app could not be kept for offline use (`UpdatePrompt`'s `watchFirstInstall`). */
export async function announceNotKept(notify: AppState["notify"]): Promise<void> {
  await loadLaterMessages();
  notify({ id: "offline-not-kept", kind: "warning", text: (t) => t("update.notKept") });
}
