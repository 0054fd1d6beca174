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

/**
 * Up to small laptops the header's tools always fold into its ⋯ menu, by this media block of
 * styles.css alone (the HTML's first view has no script); wider, the same rules under
 * `[data-folded]` fold them where their row would not fit (useHeaderFold).
 */
export const HEADER_MENU_LAYOUT = "(max-width: 1000px)";

/** Laptops: the header's tools are compact (styles.css), so their row is measured anew there. */
export const COMPACT_HEADER = "(min-width: 1001px) and (max-width: 1439px)";

const SHORT_HEIGHT = "(max-height: 480px)";

/** A window too short for the details' head on a row of its own (styles.css's margins follow it). */
export const SHORT_WINDOW = `(min-width: 721px) and ${SHORT_HEIGHT}`;

/**
 * Where the details panel is short, so its event's head is compact (styles.css, `[data-short]`):
 * story mode's sheet on a phone (up to 40% of the screen), a window under 480 px high with the
 * details beside the map and timeline, and an embed up to 1000 px wide out of story mode (its story
 * row is taller). One query for useMediaQuery, so the head follows the window as the styles did.
 */
export function shortDetailsQuery(embed: boolean, story: boolean): string {
  if (story) return `${PHONE_LAYOUT}, ${SHORT_HEIGHT}`;
  return embed ? `(max-width: 1000px), ${SHORT_HEIGHT}` : SHORT_WINDOW;
}
