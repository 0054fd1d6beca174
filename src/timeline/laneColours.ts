/**
 * Lane colours: the app theme's actor colours where the lane is a known
 * actor, then a palette of our own (timeline.css defines --tl-lane-0…3 for
 * light and dark). Every colour meets 3:1 against the surface; lanes are also
 * told apart by their position and label, never by colour alone.
 */
import type { Lane } from "./lanes";

const THEME_ACTOR_VARS: Record<string, string> = {
  Japan: "--lane-japan",
  Russia: "--lane-russia",
  "United States": "--lane-us",
};

const FALLBACKS: Record<string, string> = {
  "--lane-japan": "#b42318",
  "--lane-russia": "#0b5cad",
  "--lane-us": "#5b3ea6",
  "--lane-other": "#3f6212",
};

export const PALETTE_SIZE = 4;

/** The CSS custom property that colours each lane. */
export function laneColourVars(lanes: readonly Lane[]): string[] {
  let next = 0;
  return lanes.map((lane) => {
    if (lane.id === "") return "--lane-other";
    const themed = THEME_ACTOR_VARS[lane.id];
    if (themed) return themed;
    const own = `--tl-lane-${next % PALETTE_SIZE}`;
    next++;
    return own;
  });
}

/** `var(--x, fallback)` for CSS. */
export function cssColour(variable: string): string {
  const fallback = FALLBACKS[variable];
  return fallback ? `var(${variable}, ${fallback})` : `var(${variable})`;
}

/** Resolved colours for canvas drawing, read from the element's computed style. */
export function resolveColours(element: Element, variables: readonly string[]): string[] {
  const style = getComputedStyle(element);
  return variables.map(
    (variable) => style.getPropertyValue(variable).trim() || FALLBACKS[variable] || "#555",
  );
}
