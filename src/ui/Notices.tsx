import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { timelineRegion } from "../details/focusDetails";
import { currentLanguage } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { type Notice, noticeText } from "../store/viewSlice";
import { useMediaQuery } from "../timeline/useMediaQuery";
import { PHONE_OR_SHORT_LAYOUT } from "./layoutQueries";

/** A step through the notices on one line (an embed, a phone): the one stepped to, and the ids there were then. */
export interface NoticeStep {
  id: string;
  seen: readonly string[];
}

/**
 * Which of `ids` (oldest first) one line shows: the newest, or the one stepped to while no other
 * has come since (a new notice is shown as it comes).
 */
export function shownNotice(ids: readonly string[], step: NoticeStep | null): number {
  const newest = ids.length - 1;
  if (!step || ids.some((id) => !step.seen.includes(id))) return newest;
  const index = ids.indexOf(step.id);
  return index < 0 ? newest : index;
}

/** The notice after `index`, newest first (numbered 1 from the newest), the newest again after the oldest. */
export function nextNotice(index: number, count: number): number {
  return (index - 1 + count) % count;
}

/** What gets the keyboard's focus once the shown notice changes under it. */
type Focus = "step" | "dismiss" | null;

/**
 * The notice whose dismiss button takes the focus once `dismissed` goes: the one shown next on one
 * line, else the next in the list (the one before, for the last); null when none is left.
 */
export function focusAfterDismiss(
  ids: readonly string[],
  dismissed: string,
  oneLine: boolean,
  step: NoticeStep | null,
): string | null {
  const rest = ids.filter((id) => id !== dismissed);
  if (rest.length === 0) return null;
  if (oneLine) return rest[shownNotice(rest, step)] ?? null;
  const index = ids.indexOf(dismissed);
  return ids[index + 1] ?? ids[index - 1] ?? null;
}

/**
 * Dismissible notices: unknown ids in a link, dropped URL values, a dataset that could not load.
 * Each is worded here, so a switch of language (which renders this again) re-words them.
 * In an embed, on a phone and in a short window they take one line between them (two took 90 px
 * of a 320×400 frame, and the lanes none; three took 180 px of a 320×568 phone): the newest is
 * shown, with a control that steps to the others.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const embed = useAppStore((state) => state.embed);
  // A phone held sideways too (844×390), which has the width but not the height: three notices
  // took 173 px of its 390 on lines of their own.
  const small = useMediaQuery(PHONE_OR_SHORT_LAYOUT);
  const oneLine = embed || small;
  const dismiss = useAppStore((state) => state.dismissNotice);
  const [step, setStep] = useState<NoticeStep | null>(null);
  const [focus, setFocus] = useState<{ id: string; part: Focus } | null>(null);
  if (notices.length === 0) return null;
  const ids = notices.map((notice) => notice.id);
  const shown = oneLine ? shownNotice(ids, step) : -1;
  const count = notices.length;
  // A landmark (axe: all content in one), holding the notices as a list.
  return (
    <section
      className={oneLine ? "notices is-one-line" : "notices"}
      aria-label={t("notices.label")}
    >
      <ul className="notice-list">
        {notices.map((notice, index) => (
          <NoticeItem
            key={notice.id}
            notice={notice}
            folds={oneLine}
            behind={oneLine && index !== shown}
            step={
              oneLine && count > 1 && index === shown
                ? {
                    position: count - index,
                    count,
                    next: () => {
                      const id = ids[nextNotice(index, count)] ?? "";
                      setStep({ id, seen: ids });
                      setFocus({ id, part: "step" });
                    },
                  }
                : undefined
            }
            focus={focus?.id === notice.id ? focus.part : null}
            onFocused={() => setFocus(null)}
            onDismiss={() => {
              // The focus goes to the next notice's dismiss button, so each is dismissed in turn;
              // after the last, to the timeline (the skip link's target), not lost on the page.
              const next = focusAfterDismiss(ids, notice.id, oneLine, step);
              if (next) setFocus({ id: next, part: "dismiss" });
              dismiss(notice.id);
              if (!next) timelineRegion()?.focus({ preventScroll: true });
            }}
          />
        ))}
      </ul>
    </section>
  );
}

interface NoticeItemProps {
  notice: Notice;
  folds: boolean;
  /** On one line, a notice not shown: its words only, out of sight, still announced as it comes. */
  behind: boolean;
  step: { position: number; count: number; next: () => void } | undefined;
  focus: Focus;
  onFocused: () => void;
  onDismiss: () => void;
}

/**
 * One notice. In an embed, on a phone or in a short window (`folds`) it is one line, its words cut with an ellipsis, and when they
 * are cut they are a button that shows them whole: at 320×400 a link's notice wrapped to 107 px
 * and left the lanes none. Folded or not, the whole text is in the page, so it is announced as it
 * was.
 */
function NoticeItem({ notice, folds, behind, step, focus, onFocused, onDismiss }: NoticeItemProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const item = useRef<HTMLDivElement>(null);
  const { kind, text } = notice;
  const words = noticeText(text, t, currentLanguage());
  const cut = useWordsCut(item, folds && !open && !behind, words);
  useLayoutEffect(() => {
    if (!focus) return;
    item.current?.querySelector<HTMLElement>(`.notice-${focus}`)?.focus();
    onFocused();
  }, [focus, onFocused]);
  const role = kind === "info" ? "status" : "alert";
  if (behind)
    return (
      <li className="visually-hidden">
        <div className={`notice notice-${kind}`} role={role}>
          <span className="notice-words">{words}</span>
        </div>
      </li>
    );
  return (
    // The live role is on the notice inside its item: an <li> may not be a status or an alert.
    <li>
      <div
        ref={item}
        className={`notice notice-${kind}`}
        role={role}
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
        {notice.action && (
          <button type="button" className="notice-action" onClick={notice.action.run}>
            {noticeText(notice.action.label, t, currentLanguage())}
          </button>
        )}
        {step && (
          <button
            type="button"
            className="notice-step"
            aria-label={t("notices.next", { position: step.position, count: step.count })}
            onClick={step.next}
          >
            {step.position}/{step.count}
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M4 2l4 4-4 4" />
            </svg>
          </button>
        )}
        <button
          type="button"
          className="notice-dismiss"
          aria-label={t("notices.dismiss", { text: words })}
          onClick={onDismiss}
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
