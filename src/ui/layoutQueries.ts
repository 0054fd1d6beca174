/**
 * The media queries of styles.css's layouts, for code that must follow them (`useMediaQuery`).
 * layoutQueries.test.ts checks that styles.css (and timeline.css, for the phone's) still has
 * them, word for word.
 */

/** Phones and small tablets: map on top, timeline below, details as a sheet. */
export const PHONE_LAYOUT = "(max-width: 720px)";

/** A phone held sideways, or any short window: map, timeline and details side by side. */
export const SHORT_LAYOUT = "(min-width: 721px) and (max-height: 560px)";

/** Either: the screen has no height or no width to spare (a media query list is an OR). */
export const PHONE_OR_SHORT_LAYOUT = `${PHONE_LAYOUT}, ${SHORT_LAYOUT}`;
