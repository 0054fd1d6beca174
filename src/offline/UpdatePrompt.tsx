/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from "virtual:pwa-register/react";
import { useTranslation } from "react-i18next";

/**
 * Registers the service worker (the site works offline after one visit) and,
 * when a new version has been downloaded, says so instead of swapping code
 * under the reader: the new version starts on "Reload".
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  const reload = () => {
    // The plugin reloads when the new worker takes over after an update of the same script;
    // this covers a worker registered under another URL as well.
    navigator.serviceWorker?.addEventListener("controllerchange", () => window.location.reload(), {
      once: true,
    });
    void updateServiceWorker(true);
  };
  return (
    <div className="update-prompt" role="status">
      <span>{t("update.ready")}</span>
      <button type="button" onClick={reload}>
        {t("update.reload")}
      </button>
      <button
        type="button"
        className="notice-dismiss"
        aria-label={t("update.notNow")}
        onClick={() => setNeedRefresh(false)}
      >
        ×
      </button>
    </div>
  );
}
