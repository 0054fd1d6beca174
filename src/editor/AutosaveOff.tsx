import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import "./editorMessages";

/**
 * Autosave is off (the browser's storage refused the draft): said at the editor's foot, under
 * all its controls. Above the tabs, it moved them and Add event down as it came, under the
 * pointer: a press landed beside the button. Sticky (editor.css), it stays in sight while the
 * form scrolls (review 34 F5: above the form, it went out of view while the maker typed), and
 * the details' scroll keeps that much room at its foot, so a field that focus scrolls to is not
 * hidden under it.
 */
export function AutosaveOff({ reason, onDownload }: { reason?: string; onDownload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const alert = ref.current;
    const scroller = alert?.closest<HTMLElement>(".region-details");
    if (!alert || !scroller || typeof ResizeObserver !== "function") return;
    const observer = new ResizeObserver(() => {
      scroller.style.scrollPaddingBottom = `${alert.offsetHeight}px`;
    });
    observer.observe(alert);
    return () => {
      observer.disconnect();
      scroller.style.scrollPaddingBottom = "";
    };
  }, []);
  return (
    <div ref={ref} className="editor-warning editor-autosave-off" role="alert">
      {t("editor.autosaveOff", { reason })}{" "}
      <button type="button" onClick={onDownload}>
        {t("editor.downloadDraft")}
      </button>
    </div>
  );
}
