import { detailsRegion } from "./detailsRegion";

/**
 * After an action inside the details replaces what the details show (a place
 * chip, an event of a place, the close button), the button that was pressed is
 * gone and focus would fall back to the page. Put it on the new heading
 * instead, or, when the phone sheet is folded and the heading hidden, on the
 * sheet's toggle. Runs after React has rendered the new content.
 */
export function focusDetailsSoon(): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    // Something else took focus meanwhile (or the pressed button survived): leave it.
    if (active && active !== document.body && active.isConnected) return;
    const heading = document.getElementById("details-title");
    if (heading && heading.getClientRects().length > 0) {
      heading.focus();
      return;
    }
    detailsRegion()?.querySelector<HTMLElement>(".sheet-toggle")?.focus();
  });
}

/** Where the details are a sheet under the map and the timeline (styles.css). */
const PHONE_SHEET = "(max-width: 720px)";

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
    if (matchMedia(PHONE_SHEET).matches && heading.getClientRects().length > 0) {
      heading.focus({ preventScroll: true });
    }
  });
}
