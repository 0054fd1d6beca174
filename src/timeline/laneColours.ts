/**
 * Lane colours: six, so that the lanes on screen (at most MAX_LANES, six)
 * never share one. A known actor keeps the app theme's colour for it, the
 * shared "Other" lane its own; every other lane takes the first colour no
 * lane on screen uses, in PALETTE order. styles.css and timeline.css define
 * them for light and dark; laneColours.test.ts checks that they meet 3:1
 * against the surface and stay apart (CIEDE2000) for readers with
 * deuteranopia too. Lanes are also told apart by position and label.
 */
import type { Lane } from "./lanes";

const THEME_ACTOR_VARS: Record<string, string> = {
  Japan: "--lane-japan",
  Russia: "--lane-russia",
  "United States": "--lane-us",
};

const OTHER_VAR = "--lane-other";

/** The colours other lanes take, in order: our own first, then the actors' unused ones. */
export const PALETTE = ["--tl-lane-0", "--tl-lane-1", "--lane-us", "--lane-russia", "--lane-japan"];

/** Every lane colour, for tests and fallbacks: the palette and Other. */
export const LANE_COLOUR_VARS = [...PALETTE, OTHER_VAR];

/** Light-theme values, for a page without the stylesheet. */
const FALLBACKS: Record<string, string> = {
  "--lane-japan": "#b42318",
  "--lane-russia": "#0b5cad",
  "--lane-us": "#d22dff",
  "--lane-other": "#005a3c",
  "--tl-lane-0": "#0f8787",
  "--tl-lane-1": "#e12d78",
  "--lane-japan-ink": "#ffffff",
  "--lane-russia-ink": "#ffffff",
  "--lane-us-ink": "#000000",
  "--lane-other-ink": "#ffffff",
  "--tl-lane-0-ink": "#000000",
  "--tl-lane-1-ink": "#000000",
};

/** The variable of the text colour on a lane colour's variable (4.5:1 in both themes). */
export function inkOf(variable: string): string {
  return `${variable}-ink`;
}

/** The CSS custom property that colours each lane; all different up to six lanes. */
export function laneColourVars(lanes: readonly Lane[]): string[] {
  const fixed = lanes.map((lane) =>
    lane.id === "" ? OTHER_VAR : (THEME_ACTOR_VARS[lane.id] ?? null),
  );
  const free = PALETTE.filter((variable) => !fixed.includes(variable));
  let next = 0;
  // Past six lanes (a caller's own maxLanes) colours repeat, in the same order.
  return fixed.map((variable) => variable ?? free[next++ % free.length] ?? OTHER_VAR);
}

/** `var(--x, fallback)` for CSS. */
export function cssColour(variable: string): string {
  const fallback = FALLBACKS[variable];
  return fallback ? `var(${variable}, ${fallback})` : `var(${variable})`;
}

/** Resolved colours for canvas drawing, read from the element's computed style. */
export function resolveColours(element: Element, variables: readonly string[]): string[] {
  const style = getComputedStyle(element);
  // Forced colours: every mark in the text colour, as the DOM's marks are (the canvas drew the
  // lanes' colours: review 33 F8). `color` is forced, so resolved to the system's.
  if (window.matchMedia?.("(forced-colors: active)").matches)
    return variables.map(() => style.color);
  return variables.map(
    (variable) => style.getPropertyValue(variable).trim() || FALLBACKS[variable] || "#555",
  );
}
