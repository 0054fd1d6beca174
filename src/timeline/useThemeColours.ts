import { type RefObject, useLayoutEffect, useState } from "react";
import { type AxisStyle, resolveAxisStyle } from "./drawAxis";
import { resolveColours } from "./laneColours";

export interface ThemeColours {
  /** Each lane's colour, resolved for the canvas. */
  colours: string[];
  axis: AxisStyle;
}

interface Resolved extends ThemeColours {
  /** The scheme they were read in: the CSS custom properties follow it. */
  dark: boolean;
}

/**
 * The lane and axis colours of the theme, read back from the CSS of the
 * element (the canvas cannot use `var()`): again, before the next paint,
 * when the lanes or the colour scheme change. Null until first read.
 */
export function useThemeColours(
  ref: RefObject<HTMLElement | null>,
  variables: readonly string[],
  dark: boolean,
): ThemeColours | null {
  const [resolved, setResolved] = useState<Resolved | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setResolved({
      dark,
      colours: resolveColours(element, variables),
      axis: resolveAxisStyle(element),
    });
  }, [ref, variables, dark]);
  return resolved;
}
