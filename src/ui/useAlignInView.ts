import { type RefObject, useLayoutEffect } from "react";

/** The least room kept between a panel and the window's edge, px. */
const EDGE = 8;

/**
 * A menu's panel that opens under its button, aligned with the button's right edge (the header's
 * tools end at the right). Where the header wraps and the button starts a row at the left, that
 * ran the panel past the window's left edge (Save at 1024 px in English: 183 px of its 256 out of
 * sight); it then aligns with the button's left edge (`data-align="start"`). Checked as it opens,
 * as its content comes (loaded on demand) and as the window changes size; a panel laid in the
 * flow (the folded header menu's) is left alone.
 */
export function useAlignInView(panel: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    const place = () => {
      element.dataset.align = "end";
      if (getComputedStyle(element).position !== "absolute") return;
      if (element.getBoundingClientRect().left < EDGE) element.dataset.align = "start";
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", place);
    };
  }, [panel, open]);
}
