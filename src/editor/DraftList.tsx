import { Fragment, type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useKeyedState } from "../ui/useKeyedState";
import { gapBefore, LIST_STEP, listedItems } from "./listWindow";
import { rovingIndex } from "./rovingIndex";
import "./editorMessages";

/** What a list's row says: its title (in `lang` when the draft's words are) over a line of meta text. */
export interface DraftRow {
  title: string;
  /** The title's language, where it is the draft's text (not the page's "Untitled"). */
  lang?: string;
  meta: ReactNode;
}

/**
 * A draft's events, places or periods as buttons, one Tab stop (a roving tabindex): ↑ ↓ move along
 * the list, Home and End to its ends, Enter or Space opens the item as a click does. The stop is
 * the item last focused, else the open one, else the first; each item was a Tab stop of its own,
 * 199 Tabs from the list to the form with 200 events listed (review F11). A list of buttons it
 * stays, each saying which is open (`aria-current`): a screen reader's own keys read and press
 * every one, the ones out of the Tab order too.
 *
 * The first LIST_STEP are made, then more at a press; the open item and the stop's always (after a
 * gap when they lie further on), so ↓ past the last one made and End reach every item.
 *
 * Its keys are said to a screen reader in a hidden sentence the list is described by, as the
 * timeline's are (`timeline.hint`): nothing told them ↑ ↓ Home End move along it.
 */
export function DraftList({
  label,
  count,
  open,
  onChoose,
  row,
}: {
  label: string;
  count: number;
  open: number | null;
  /** An item pressed (Enter, Space, a click or a tap). */
  onChoose: (index: number) => void;
  /**
   * What the item at a position says, in its button, written here once for the four lists. Items
   * go by position: drafts may hold duplicate ids while being typed.
   */
  row: (index: number) => DraftRow | null;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(LIST_STEP);
  // The item focus was last on in the list: another item opened (here, from the timeline or the
  // map, by Undo) takes the stop back to the open one.
  const [focused, setFocused] = useKeyedState<number | null>(open, null);
  const inList = (i: number | null) => (i !== null && i >= 0 && i < count ? i : null);
  const stop = inList(focused) ?? inList(open) ?? 0;
  const listed = listedItems(count, shown, [open, stop]);
  const list = useRef<HTMLUListElement>(null);
  const keysId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = event.target instanceof Element ? event.target.closest("[data-index]") : null;
    if (!from) return;
    const next = rovingIndex(event.key, Number(from.getAttribute("data-index")), count, "list");
    if (next === null) return;
    event.preventDefault();
    // Made now (when it lies past the ones made) and focused in the same task.
    flushSync(() => setFocused(next));
    list.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };
  const button = (i: number) => {
    const parts = row(i);
    return (
      <li key={i}>
        <button
          type="button"
          data-index={i}
          tabIndex={i === stop ? 0 : -1}
          aria-current={i === open ? "true" : undefined}
          onFocus={() => {
            if (i !== stop) setFocused(i);
          }}
          onClick={() => onChoose(i)}
        >
          {parts && (
            <>
              <span className="editor-list-title" lang={parts.lang}>
                {parts.title}
              </span>
              <span className="editor-list-meta">{parts.meta}</span>
            </>
          )}
        </button>
      </li>
    );
  };
  return (
    <>
      <ul
        className="editor-list"
        aria-label={label}
        aria-describedby={keysId}
        ref={list}
        onKeyDown={onKeyDown}
      >
        {listed.head.map(button)}
        {listed.tail.map((i, at) => (
          <Fragment key={i}>
            {gapBefore(listed, at) && (
              <li className="editor-list-gap" aria-hidden="true">
                …
              </li>
            )}
            {button(i)}
          </Fragment>
        ))}
      </ul>
      <p id={keysId} className="visually-hidden">
        {t("editor.listKeys")}
      </p>
      {listed.hidden > 0 && (
        <button
          type="button"
          className="editor-list-more"
          onClick={() => setShown((before) => before + LIST_STEP)}
        >
          {t("editor.showMore", {
            count: Math.min(LIST_STEP, listed.hidden),
            hidden: listed.hidden,
          })}
        </button>
      )}
    </>
  );
}
