/** Element boxes as Playwright gives them, and whether two overlap. */
import type { Locator, Page } from "@playwright/test";

export type Box = { x: number; y: number; width: number; height: number };

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box`);
  return box;
}

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The parts of the open event's details a reader cannot see without scrolling: its title, its
 * date and its text's first line, each whole in the details' box above Previous and Next (which
 * cover the text where they stay at its foot). An empty list when all three are in view.
 */
export function hiddenEventText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = (element: Element | null | undefined) => element?.getBoundingClientRect();
    const sheet = box(document.getElementById("details-region"));
    const nav = box(document.querySelector(".details-nav"));
    const text = document.querySelector(".details-summary, .details-body");
    const range = document.createRange();
    if (text) range.selectNodeContents(text);
    const parts = {
      title: box(document.getElementById("details-title")),
      date: box(document.querySelector('[data-testid="details-date"]')),
      "text's first line": text ? range.getClientRects()[0] : undefined,
    };
    if (!sheet || !nav) return ["no details or no Previous and Next"];
    const bottom = Math.min(sheet.bottom, nav.top);
    return Object.entries(parts)
      .filter(([, part]) => !part || part.top < sheet.top - 0.5 || part.bottom > bottom + 0.5)
      .map(([name, part]) => `${name} ${part?.top}–${part?.bottom} (shown ${sheet.top}–${bottom})`);
  });
}
