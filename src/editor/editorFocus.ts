/**
 * Where focus goes when an editor button takes itself away (Edit, Done,
 * Discard), is disabled by its own press (Delete, Undo with nothing left to
 * undo) or takes away the form being typed in (an undo of an Add), so that a
 * keyboard or screen-reader user keeps their place instead of being sent to
 * the top of the page. The mechanism is the details' own (`focusSoon`); this
 * only names the targets.
 */
import {
  detailsHeading,
  type FocusTarget,
  focusLost,
  focusSoon,
  sheetToggle,
} from "../details/focusDetails";

export const EDITOR_TITLE_ID = "editor-title";
export const EDITOR_UNDO_ID = "editor-undo";
export const EDITOR_REDO_ID = "editor-redo";

/** The editor's code loads on the first Edit: how long focus waits for its heading. */
const EDITOR_LOAD_WAIT_MS = 10_000;

const byId =
  (id: string): FocusTarget =>
  () =>
    document.getElementById(id);

/** An element that is laid out (not inside a folded menu or a hidden sheet). */
const shown =
  (selector: string): FocusTarget =>
  () => {
    const element = document.querySelector<HTMLElement>(selector);
    return element && element.getClientRects().length > 0 ? element : null;
  };

const editorTitle = byId(EDITOR_TITLE_ID);

/** Edit pressed (its button goes): the editor's heading, once the editor has loaded. */
export function focusEditorSoon(): void {
  focusSoon([editorTitle], EDITOR_LOAD_WAIT_MS);
}

/** Edit was pressed and the editor is still to open. */
let focusOnMount = false;

/**
 * Edit pressed (`wanted`), or its opening failed: the editor's heading is to take focus in
 * the commit that mounts it, which is the one that takes Edit away. Focus then never rests on
 * the page between the two, as it did for a frame with `focusEditorSoon` alone.
 */
export function focusEditorOnMount(wanted: boolean): void {
  focusOnMount = wanted;
}

/** The editor has mounted (a layout effect): its heading takes focus if Edit asked, unless the reader put it elsewhere meanwhile. */
export function editorMounted(): void {
  if (!focusOnMount) return;
  focusOnMount = false;
  if (focusLost()) editorTitle()?.focus();
}

/**
 * Discard: the Edit button, which stays while the published story loads (the
 * details, replaced by it, would drop the focus again). On a phone Edit is in
 * the folded header menu: its toggle.
 */
export function focusAfterDiscardSoon(): void {
  focusSoon([shown(".edit-button"), shown(".header-menu-toggle"), detailsHeading, sheetToggle]);
}

/** Delete (then disabled, nothing being chosen): Undo, which the notice offers. */
export function focusAfterDeleteSoon(): void {
  focusSoon([byId(EDITOR_UNDO_ID), editorTitle]);
}

/**
 * Undo or Redo, by button or key: focus goes to that button while it can still
 * be pressed; else to the event the step brought back (its line in the list),
 * else to the other button. (Done is the details' own `focusDetailsSoon`.)
 */
export function focusAfterStepSoon(step: "undo" | "redo"): void {
  const [pressed, other] =
    step === "undo" ? [EDITOR_UNDO_ID, EDITOR_REDO_ID] : [EDITOR_REDO_ID, EDITOR_UNDO_ID];
  focusSoon([
    byId(pressed),
    () => document.querySelector<HTMLElement>('.editor-list [aria-current="true"]'),
    byId(other),
    editorTitle,
  ]);
}
