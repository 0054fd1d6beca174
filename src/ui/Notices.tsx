import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { type Notice, noticeText } from "../store/viewSlice";

/**
 * Dismissible notices: unknown ids in a link, dropped URL values, a dataset that could not load.
 * Each is worded here, so a switch of language (which renders this again) re-words them.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const embed = useAppStore((state) => state.embed);
  if (notices.length === 0) return null;
  // A landmark (axe: all content in one), holding the notices as a list.
  return (
    <section className="notices" aria-label={t("notices.label")}>
      <ul className="notice-list">
        {notices.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} folds={embed} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One notice. In an embed (`folds`) it is one line, its words cut with an ellipsis, and when they
 * are cut they are a button that shows them whole: at 320×400 a link's notice wrapped to 107 px
 * and left the lanes none. Folded or not, the whole text is in the page, so it is announced as it
 * was.
 */
function NoticeItem({ notice, folds }: { notice: Notice; folds: boolean }) {
  const { t } = useTranslation();
  const dismiss = useAppStore((state) => state.dismissNotice);
  const [open, setOpen] = useState(false);
  const item = useRef<HTMLDivElement>(null);
  const { id, kind, text } = notice;
  const words = noticeText(text, t, currentLanguage());
  const cut = useWordsCut(item, folds && !open, words);
  return (
    // The live role is on the notice inside its item: an <li> may not be a status or an alert.
    <li>
      <div
        ref={item}
        className={`notice notice-${kind}`}
        role={kind === "info" ? "status" : "alert"}
        data-folded={folds && !open ? "" : undefined}
      >
        {folds && (open || cut) ? (
          <button
            type="button"
            className="notice-unfold"
            aria-expanded={open}
            onClick={() => setOpen((was) => !was)}
          >
            <span className="notice-words">{words}</span>
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M2 4l4 4 4-4" />
            </svg>
          </button>
        ) : (
          <span className="notice-words">{words}</span>
        )}
        <button
          type="button"
          className="notice-dismiss"
          aria-label={t("notices.dismiss", { text: words })}
          onClick={() => dismiss(id)}
        >
          ×
        </button>
      </div>
    </li>
  );
}

/**
 * Whether the folded notice's words are cut (measured while `active`, again as it resizes): words
 * that fit their line need no button to show them whole. The button's line is the narrower, so a
 * notice that fits there fits without it too, and the two never swap back and forth.
 */
function useWordsCut(item: RefObject<HTMLElement | null>, active: boolean, words: string): boolean {
  const [cut, setCut] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new words (a switch of language) are measured again
  useLayoutEffect(() => {
    const element = item.current;
    if (!active || !element) return;
    const measure = () => {
      const span = element.querySelector(".notice-words");
      setCut(span !== null && span.scrollWidth > span.clientWidth + 1);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [item, active, words]);
  return cut;
}
