import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";

/** Dismissible notices: unknown ids in a link, dropped URL values, a dataset that could not load. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={t("notices.label")}>
      {notices.map((notice) => (
        <li
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === "info" ? "status" : "alert"}
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={t("notices.dismiss", { text: notice.text })}
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
