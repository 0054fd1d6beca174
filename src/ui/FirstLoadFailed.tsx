import { useTranslation } from "react-i18next";
import { useAppActions } from "./AppActions";

/**
 * The first dataset of a visit could not be opened, so nothing is on show:
 * offer the story the app ships with, or another file.
 */
export function FirstLoadFailed() {
  const { t } = useTranslation();
  const { openSource } = useAppActions();
  return (
    <div className="first-load-failed">
      <button type="button" onClick={() => openSource({ kind: "default" })}>
        {t("app.showShipped")}
      </button>
      <button
        type="button"
        onClick={() => document.querySelector<HTMLButtonElement>(".open-dataset")?.click()}
      >
        {t("app.openAnother")}
      </button>
    </div>
  );
}
