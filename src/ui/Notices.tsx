import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { noticeText } from "../store/viewSlice";

/**
 * Dismissible notices: unknown ids in a link, dropped URL values, a dataset that could not load.
 * Each is worded here, so a switch of language (which renders this again) re-words them.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={t("notices.label")}>
      {notices.map(({ id, kind, text }) => {
        const words = noticeText(text, t, currentLanguage());
        return (
          <li
            key={id}
            className={`notice notice-${kind}`}
            role={kind === "info" ? "status" : "alert"}
          >
            <span>{words}</span>
            <button
              type="button"
              className="notice-dismiss"
              aria-label={t("notices.dismiss", { text: words })}
              onClick={() => dismiss(id)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
