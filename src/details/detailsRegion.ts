/**
 * The details region (App's `<aside>`) by its id, for the code outside it that
 * needs it: the global keys (was a key pressed inside it) and `focusDetailsSoon`.
 */
export const DETAILS_REGION_ID = "details-region";

export function detailsRegion(): HTMLElement | null {
  return document.getElementById(DETAILS_REGION_ID);
}

/** Whether `target` is inside the details region. */
export function isInDetails(target: EventTarget | null): boolean {
  const region = detailsRegion();
  return region !== null && target instanceof Node && region.contains(target);
}
