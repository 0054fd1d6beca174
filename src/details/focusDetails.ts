import { PHONE_LAYOUT } from "../ui/layoutQueries";
import { detailsRegion } from "./detailsRegion";

/** A place focus may go: the element, or null when it has none to offer now. */
export type FocusTarget = () => HTMLElement | null;

/** Whether focus has fallen to the page: on nothing, on a removed element or on a disabled one. */
export function focusLost(active: Element | null = document.activeElement): boolean {
  return !active || active === document.body || !active.isConnected || active.matches(":disabled");
}

/** The first target that exists and can take focus. */
function firstFocusable(targets: readonly FocusTarget[]): HTMLElement | null {
  for (const target of targets) {
    const element = target();
    if (element?.isConnected && !element.matches(":disabled")) return element;
  }
  return null;
}

/**
 * After an action removes (or disables) the button that was pressed, focus
 * would fall back to the page: put it on the first of `targets` that exists
 * instead, once React has rendered. Something else took focus meanwhile (or
 * the pressed button survived): leave it, unless `take` says the focus moves
 * on regardless (j/k from one timeline mark to another, which scrolls itself
 * into view). `waitMs` keeps looking, frame by frame, for targets still to
 * come (a panel whose code loads on demand, a mark drawn after the pan).
 */
export function focusSoon(
  targets: readonly FocusTarget[],
  waitMs = 0,
  { take = false }: { take?: boolean } = {},
): void {
  const until = performance.now() + waitMs;
  const attempt = () => {
    const target = firstFocusable(targets);
    if (target) {
      if (take) target.focus({ preventScroll: true });
      else if (focusLost()) target.focus();
    } else if (performance.now() < until) {
      requestAnimationFrame(attempt);
    }
  };
  requestAnimationFrame(attempt);
}

/** The details' heading, when it is shown (not in a folded phone sheet). */
export const detailsHeading: FocusTarget = () => {
  const heading = document.getElementById("details-title");
  return heading && heading.getClientRects().length > 0 ? heading : null;
};

/** The timeline's region ("Skip to timeline"'s target): always there, before and after a load. */
export const timelineRegion: FocusTarget = () => document.getElementById("timeline");

/** The timeline's one event in the Tab order (its roving tabindex), once its events are drawn. */
export const timelineTabStop: FocusTarget = () =>
  document.querySelector<HTMLElement>('.tl-events [tabindex="0"]');

/** The phone sheet's toggle (the introduction's "About all events"). */
export const sheetToggle: FocusTarget = () =>
  detailsRegion()?.querySelector<HTMLElement>(".sheet-toggle") ?? null;

/**
 * After an action inside the details replaces what the details show (a place
 * chip, an event of a place, the close button), the button that was pressed is
 * gone and focus would fall back to the page. Put it on the new heading
 * instead, or, when the phone sheet is folded and the heading hidden, on the
 * sheet's toggle. Runs after React has rendered the new content.
 */
export function focusDetailsSoon(): void {
  focusSoon([detailsHeading, sheetToggle]);
}

/**
 * After Previous or Next the details show another event: start it from the
 * top (it would otherwise keep the scroll and open mid-quote). In the phone
 * sheet, where the Next button is then far below, focus goes to the new
 * title, so a screen reader reads it; beside the map it stays on the button,
 * so Enter steps on.
 */
export function showNewTitleSoon(): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById("details-title");
    if (!heading) return;
    const region = detailsRegion();
    if (region) region.scrollTop = 0;
    if (matchMedia(PHONE_LAYOUT).matches && heading.getClientRects().length > 0) {
      heading.focus({ preventScroll: true });
    }
  });
}
