import { isInDetails } from "../details/detailsRegion";
import { focusDetailsSoon, focusSoon } from "../details/focusDetails";
import type { AppStore } from "../store/appStore";
import { neighbourEvent } from "../story/neighbourEvent";

/** Keys typed into a field, or handled by a widget that owns its keys, are not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    return !["button", "checkbox", "radio", "submit", "reset", "range"].includes(type);
  }
  return false;
}

/**
 * A key that an input method is composing with (Japanese, Chinese): its Enter confirms a
 * conversion, its arrows pick a candidate and its Escape cancels it (review 32 F1: the Enter that
 * confirmed 択捉 in the search chose the first result). 229 is what Safari sends for the key that
 * ends a composition, after `compositionend`.
 */
export function isComposing(event: { isComposing: boolean; keyCode: number }): boolean {
  return event.isComposing || event.keyCode === 229;
}

const MARKS = '[data-testid="timeline-events"]';
/** How long focus waits for the new mark: a large dataset's layout follows in a task of its own. */
const MARK_WAIT_MS = 1000;

function isInTimelineMarks(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(MARKS) !== null;
}

/**
 * j/k pressed on a timeline mark: focus goes to the new event's mark once it is drawn (ids are
 * slugs: no escaping), rather than stay on the old one, off-screen after the pan. In a dense view
 * drawn on canvas there is no mark to take it, and it stays.
 */
function focusMarkSoon(id: string): void {
  const mark = () => document.querySelector<HTMLElement>(`${MARKS} [data-event-id="${id}"]`);
  focusSoon([mark], MARK_WAIT_MS, { take: true });
}

/**
 * App-wide shortcuts: `j`/`k` step to the next/previous event in time order
 * (in story mode, the story's),
 * Escape clears the selection (and folds the phone sheet). Returns a function that removes the listener.
 */
export function installGlobalKeys(store: AppStore, target: Window = window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isComposing(event)) return;
    // The editor's "Click the map to place it… (Cancel)": Escape cancels it first, from its Name
    // field too (it stayed on, and cleared the selection instead: review 19).
    if (event.key === "Escape" && store.getState().editor?.picking) {
      store.getState().editSet({ picking: null });
      event.preventDefault();
      return;
    }
    if (isTypingTarget(event.target)) return;
    // A dialog's keys are its own: Escape closes it (the browser's default, which preventDefault
    // here cancelled: "Open dataset…" stayed open while the selection behind it went).
    if (event.target instanceof Element && event.target.closest("dialog")) return;
    // …and so are the page's keys while one is open (both are modal), wherever the focus is (on <body>
    // after a click on the backdrop, Escape cleared the selection behind the Embed dialog).
    if (target.document.querySelector("dialog[open]")) return;
    const state = store.getState();
    // A key pressed inside the details may remove the focused control (a place chip, Share):
    // focus then moves to the new heading instead of falling back to the page.
    const fromDetails = isInDetails(event.target);
    if (event.key === "Escape") {
      if (state.selectedEventId || state.selectedPlaceId) {
        state.clearSelection();
        state.setSheetOpen(false);
        event.preventDefault();
        if (fromDetails) focusDetailsSoon();
      } else if (state.sheetOpen) {
        // On a phone, Escape folds the open sheet.
        state.setSheetOpen(false);
        event.preventDefault();
        if (fromDetails) focusDetailsSoon();
      }
      return;
    }
    if ((event.key === "j" || event.key === "k") && state.index) {
      const direction = event.key === "j" ? 1 : -1;
      const next = neighbourEvent(state, direction);
      if (next) {
        state.selectEvent(next.id);
        event.preventDefault();
        if (fromDetails) focusDetailsSoon();
        else if (isInTimelineMarks(event.target)) focusMarkSoon(next.id);
      }
    }
  };
  target.addEventListener("keydown", onKeyDown);
  return () => target.removeEventListener("keydown", onKeyDown);
}
