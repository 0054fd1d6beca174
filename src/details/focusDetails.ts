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
    document.querySelector<HTMLElement>(".region-details .sheet-toggle")?.focus();
  });
}
