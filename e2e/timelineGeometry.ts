/**
 * What the timeline shows, measured in the page: every event mark and label
 * drawn inside the detail view, with its box clipped to the view (and to the
 * lanes' visible part where they scroll).
 */
import type { Page } from "@playwright/test";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Drawn {
  /** The event's id, for marks and event labels; "" for other labels (lanes, periods). */
  id: string;
  /** The event's time-ordered position (data-position), or -1. */
  position: number;
  kind: "mark" | "label";
  text: string;
  box: Box;
}

/** The timeline's opening view and January–May 2018, as the deep links a reader can share. */
export const VIEWS = [
  { name: "opening", query: "" },
  { name: "jan-may-2018", query: "?from=2018-01-01&to=2018-05-31" },
] as const;

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };
export const TOUCH = { hasTouch: true, isMobile: true };

/**
 * Marks (the drawn shape of each event button) and labels (event labels,
 * lane names, period names) visible in the detail view, clipped to it.
 */
export async function drawnInTimeline(page: Page): Promise<Drawn[]> {
  return page.getByTestId("timeline-zoom").evaluate((surface) => {
    const view = surface.getBoundingClientRect();
    // Lanes taller than the view are cut at the strip and the axis (lanesInView).
    const lanes = surface.querySelector(".tl-lanes.is-clipped")?.getBoundingClientRect();
    const clip = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const area = lanes && element.closest(".tl-lanes") ? lanes : view;
      const x0 = Math.max(rect.left, area.left, view.left);
      const x1 = Math.min(rect.right, area.right, view.right);
      const y0 = Math.max(rect.top, area.top, view.top);
      const y1 = Math.min(rect.bottom, area.bottom, view.bottom);
      return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    };
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      return style.display !== "none" && style.visibility !== "hidden";
    };
    const out: {
      id: string;
      position: number;
      kind: "mark" | "label";
      text: string;
      box: { x: number; y: number; width: number; height: number };
    }[] = [];
    for (const mark of surface.querySelectorAll<HTMLElement>(".tl-mark")) {
      if (!visible(mark)) continue;
      const box = clip(mark);
      if (box.width <= 0 || box.height <= 0) continue;
      out.push({
        id: mark.dataset.eventId ?? "",
        position: Number(mark.dataset.position ?? -1),
        kind: "mark",
        text: mark.getAttribute("aria-label") ?? "",
        box,
      });
    }
    const labels = surface.querySelectorAll<HTMLElement>(
      ".tl-label, .tl-lane-label, .tl-period-label",
    );
    for (const label of labels) {
      if (!visible(label) || !label.textContent) continue;
      const box = clip(label);
      if (box.width <= 0 || box.height <= 0) continue;
      const position = label.dataset.position;
      const mark =
        position === undefined
          ? null
          : surface.querySelector<HTMLElement>(`.tl-mark[data-position="${position}"]`);
      out.push({
        id: mark?.dataset.eventId ?? "",
        position: mark ? Number(position) : -1,
        kind: "label",
        text: label.textContent,
        box,
      });
    }
    return out;
  });
}

/** How far two boxes cover each other: the smaller of the overlap's width and height (0 if apart). */
export function cover(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? Math.min(width, height) : 0;
}

/** Pairs that cover each other by more than `tolerance` px, described for a failure message. */
export function coveringPairs(drawn: readonly Drawn[], tolerance: number): string[] {
  const found: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i];
      const b = drawn[j];
      if (!a || !b) continue;
      // A label may sit on its own mark (a span's name inside its bar).
      if (a.kind !== b.kind && a.id !== "" && a.id === b.id) continue;
      const amount = cover(a.box, b.box);
      if (amount > tolerance)
        found.push(`${a.kind} "${a.text}" and ${b.kind} "${b.text}" by ${amount.toFixed(1)} px`);
    }
  }
  return found;
}

/** How far the selected event's mark lies from page x, in px (its middle, on the live scale); NaN without one. */
export function selectedFrom(page: Page, x: number): Promise<number> {
  return page.evaluate((x) => {
    const state = window.__app?.store.getState();
    const event = state?.index?.byId.get(state.selectedEventId ?? "");
    const view = state?.timeWindow;
    const area = document.querySelector('[data-testid="timeline-zoom"]')?.getBoundingClientRect();
    if (!event || !view || !area) return Number.NaN;
    const time = (event.interval.start + event.interval.end) / 2;
    return Math.abs(area.left + ((time - view.start) / (view.end - view.start)) * area.width - x);
  }, x);
}
