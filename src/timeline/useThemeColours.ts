import { type RefObject, useLayoutEffect, useState } from "react";
import { type AxisStyle, resolveAxisStyle } from "./drawAxis";
import { resolveColours } from "./laneColours";

export interface ThemeColours {
  /** Each lane's colour, resolved for the canvas. */
  colours: string[];
  axis: AxisStyle;
  /** The reader's letter- and word-spacing, in em of the element's font size. */
  spacing: [letter: number, word: number];
}

interface Resolved extends ThemeColours {
  /** The scheme they were read in: the CSS custom properties follow it. */
  dark: boolean;
}

/**
 * The lane and axis colours of the theme, read back from the CSS of the
 * element (the canvas cannot use `var()`), and the reader's text spacing,
 * which the layout's label widths add: again, before the next paint, when the
 * lanes or the colour scheme change, or an element comes to or leaves the head
 * (a reader's text-spacing override, WCAG 1.4.12's, is a stylesheet put there
 * after the page loaded; so is each chunk's preload, whose read changes
 * nothing). Not per frame. Null until first read.
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
    const read = () => {
      const style = getComputedStyle(element);
      const em = Number.parseFloat(style.fontSize);
      const next = {
        dark,
        colours: resolveColours(element, variables),
        axis: resolveAxisStyle(element),
        // Computed in px of the element's font size; "normal" letter-spacing is 0.
        spacing: [
          Number.parseFloat(style.letterSpacing) / em || 0,
          Number.parseFloat(style.wordSpacing) / em || 0,
        ] as [number, number],
      };
      // The same read again keeps the state: each of a load's chunks adds a preload to the head, and
      // a new object redrew the whole canvas each time.
      setResolved((last) => (JSON.stringify(last) === JSON.stringify(next) ? last : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.head, { childList: true });
    return () => observer.disconnect();
  }, [ref, variables, dark]);
  return resolved;
}
