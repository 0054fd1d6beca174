/**
 * The interactions both timelines go through, measured the same way:
 * wheel-zoom steps (main-thread ms per step), a continuous wheel zoom and a
 * drag-pan (frame intervals), and a click that selects an event (Event Timing).
 * Every wait is bounded; a step that exceeds its deadline throws TimeoutError.
 */
import type { CDPSession, Page } from "@playwright/test";
import { frameIntervals, heapAfterGcMB, mainThreadTotals, round } from "./metrics";
import { sleep, withTimeout } from "./time";
import type { ClickResult, FrameResult, ZoomStepResult } from "./types";

export interface Point {
  x: number;
  y: number;
}

export interface Subject {
  page: Page;
  cdp: CDPSession;
  /** The element that receives wheel and drag. */
  surfaceSelector: string;
  /** A JS expression, evaluated in the page, giving `{x, y}` of an event mark to click, or null. */
  clickTargetExpression: string;
  /** A JS expression giving the selected event id, or null. */
  selectedIdExpression: string;
  /** A JS expression describing the visible time window, to check that the input moved it. */
  viewExpression: string;
  /** A JS expression: whether the pointer, last moved to (x, y), rests on an event mark. */
  overMarkExpression: (x: number, y: number) => string;
}

export interface Limits {
  /** Longest one wheel step (input + two frames) may take. */
  stepTimeoutMs: number;
  /** Wall time after which the zoom-step loop stops (at least two steps are taken). */
  zoomBudgetMs: number;
  /** Wall time of the continuous zoom and of the drag-pan. */
  gestureMs: number;
}

const TWO_FRAMES = "window.__bench.twoFrames()";

/**
 * A JS expression for `Subject.clickTargetExpression`: the centre of the first
 * mark (in document order, those with `prefer` first) that is visible inside
 * the surface and really hit there, or null.
 */
export function clickTargetExpression(surface: string, marks: string, prefer?: string): string {
  const sort = prefer
    ? `marks.sort((a, b) => Number(b.hasAttribute(${JSON.stringify(prefer)})) - Number(a.hasAttribute(${JSON.stringify(prefer)})));`
    : "";
  return `(() => {
  const surface = document.querySelector(${JSON.stringify(surface)});
  const area = surface ? surface.getBoundingClientRect() : null;
  const marks = [...document.querySelectorAll(${JSON.stringify(marks)})];
  ${sort}
  for (const mark of marks) {
    const r = mark.getBoundingClientRect();
    const left = Math.max(r.left, area ? area.left : 0, 0);
    const right = Math.min(r.right, area ? area.right : innerWidth, innerWidth);
    const top = Math.max(r.top, area ? area.top : 0, 0);
    const bottom = Math.min(r.bottom, area ? area.bottom : innerHeight, innerHeight);
    if (right - left < 1 || bottom - top < 1) continue;
    const x = (left + right) / 2, y = (top + bottom) / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit && mark.contains(hit)) return { x, y };
  }
  return null;
})()`;
}

export function twoFrames(page: Page, ms: number): Promise<unknown> {
  return withTimeout(page.evaluate(TWO_FRAMES), ms, "waiting for two frames");
}

/** The centre of the visible part of the surface, in page coordinates. */
async function surfaceCenter(subject: Subject): Promise<Point & { width: number }> {
  const locator = subject.page.locator(subject.surfaceSelector).first();
  const box = await locator.boundingBox({ timeout: 10_000 }).catch(() => null);
  if (!box) throw new Error(`${subject.surfaceSelector} is not on the page`);
  const viewport = subject.page.viewportSize() ?? { width: 1280, height: 800 };
  const left = Math.max(0, box.x);
  const right = Math.min(viewport.width, box.x + box.width);
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  if (right - left < 20 || bottom - top < 10) {
    throw new Error(
      `${subject.surfaceSelector} is not visible in the ${viewport.width}×${viewport.height} viewport`,
    );
  }
  return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left };
}

export async function measureZoomSteps(
  subject: Subject,
  steps: number,
  limits: Limits,
): Promise<ZoomStepResult> {
  const { page, cdp } = subject;
  const center = await surfaceCenter(subject);
  await page.mouse.move(center.x, center.y);
  await twoFrames(page, limits.stepTimeoutMs);

  // What the harness itself costs: the same rounds, the same trailing wait, no input.
  const idle0 = await mainThreadTotals(cdp);
  for (let i = 0; i < steps; i++) await twoFrames(page, limits.stepTimeoutMs);
  await sleep(300);
  await twoFrames(page, limits.stepTimeoutMs);
  const idle1 = await mainThreadTotals(cdp);

  const viewBefore = await page.evaluate(subject.viewExpression);
  let viewChanged = false;
  const taskMs: number[] = [];
  let scriptMs = 0;
  const started = performance.now();
  let before = await mainThreadTotals(cdp);
  for (let i = 0; i < steps; i++) {
    // Zoom in for the first half, back out for the second.
    const deltaY = i < Math.ceil(steps / 2) ? -100 : 100;
    await withTimeout(
      page.mouse.wheel(0, deltaY).then(() => page.evaluate(TWO_FRAMES)),
      limits.stepTimeoutMs,
      `zoom step ${i + 1}`,
    );
    const after = await mainThreadTotals(cdp);
    taskMs.push(after.taskMs - before.taskMs);
    scriptMs += after.scriptMs - before.scriptMs;
    before = after;
    if (i === 0) viewChanged = (await page.evaluate(subject.viewExpression)) !== viewBefore;
    if (performance.now() - started > limits.zoomBudgetMs && i >= 1) break;
  }
  const wallMs = performance.now() - started;
  // Debounced work that follows the last step (URL writes, idle redraws) counts too.
  await sleep(300);
  await twoFrames(page, limits.stepTimeoutMs);
  const settled = await mainThreadTotals(cdp);
  const trailing = settled.taskMs - before.taskMs;
  const n = taskMs.length;
  const msPerStep = (taskMs.reduce((a, b) => a + b, 0) + trailing) / n;
  const baseline = (idle1.taskMs - idle0.taskMs) / steps;
  return {
    steps: n,
    msPerStep: round(msPerStep, 2),
    netMsPerStep: round(Math.max(0, msPerStep - baseline), 2),
    scriptMsPerStep: round((scriptMs + settled.scriptMs - before.scriptMs) / n, 2),
    maxStepMs: round(Math.max(...taskMs), 2),
    baselineMsPerRound: round(baseline, 2),
    wallMsPerStep: round(wallMs / n, 1),
    viewChanged,
  };
}

async function recordGesture(
  subject: Subject,
  limits: Limits,
  gesture: (center: Point & { width: number }) => Promise<number>,
  rest?: Point,
): Promise<FrameResult> {
  const { page, cdp } = subject;
  const center = await surfaceCenter(subject);
  await page.mouse.move(rest?.x ?? center.x, rest?.y ?? center.y);
  await twoFrames(page, limits.stepTimeoutMs);
  const before = await mainThreadTotals(cdp);
  const viewBefore = await page.evaluate(subject.viewExpression);
  await page.evaluate("window.__bench.startFrames()");
  const inputs = await gesture(center);
  await twoFrames(page, limits.stepTimeoutMs);
  const viewChanged = (await page.evaluate(subject.viewExpression)) !== viewBefore;
  const frames = (await page.evaluate("window.__bench.stopFrames()")) as number[];
  const after = await mainThreadTotals(cdp);
  const stats = frameIntervals(frames);
  return {
    frames: stats.frames,
    p50: round(stats.p50, 2),
    p95: round(stats.p95, 2),
    max: round(stats.max, 2),
    inputs,
    mainThreadMs: round(after.taskMs - before.taskMs, 1),
    viewChanged,
  };
}

/** Wheel events about every 16 ms for `gestureMs`: zoom in, then out. */
export function measureZoomFrames(subject: Subject, limits: Limits): Promise<FrameResult> {
  return recordGesture(subject, limits, async () => {
    const started = performance.now();
    let inputs = 0;
    while (performance.now() - started < limits.gestureMs) {
      const direction = performance.now() - started < limits.gestureMs / 2 ? -1 : 1;
      await withTimeout(subject.page.mouse.wheel(0, direction * 50), limits.stepTimeoutMs, "wheel");
      inputs++;
      await sleep(16);
    }
    return inputs;
  });
}

/**
 * Press, move left 10 px about every 16 ms (up to 30 moves or `gestureMs`), release. A wheel step
 * in first: a view of all the data cannot pan (our timeline keeps to the data's bounds), and the
 * zoom gesture before this sometimes ended there. The drag starts off the marks: a pointer resting
 * on one hovers it, and the hover (and its end as the drag begins) redraws our map.
 */
export async function measurePanFrames(subject: Subject, limits: Limits): Promise<FrameResult> {
  const { page } = subject;
  const center = await surfaceCenter(subject);
  await page.mouse.move(center.x, center.y);
  await withTimeout(page.mouse.wheel(0, -300), limits.stepTimeoutMs, "wheel");
  await sleep(300);
  await twoFrames(page, limits.stepTimeoutMs);
  const reach = Math.min(150, center.width / 2 - 10);
  const start = await clearPoint(subject, limits, center.x + reach, center.y);
  // A hover on the way (and its map redraw) settles before the frames are recorded.
  await sleep(400);
  return recordGesture(
    subject,
    limits,
    async () => {
      const { mouse } = page;
      await mouse.down();
      const started = performance.now();
      let inputs = 0;
      for (let i = 1; i <= 30 && performance.now() - started < limits.gestureMs; i++) {
        await withTimeout(
          mouse.move(start.x - (i * 2 * reach) / 30, start.y),
          limits.stepTimeoutMs,
          "drag",
        );
        inputs++;
        await sleep(16);
      }
      await mouse.up();
      return inputs;
    },
    start,
  );
}

/** A point near (x, y), a few pixels above or below, where the pointer rests on no mark. */
async function clearPoint(subject: Subject, limits: Limits, x: number, y: number): Promise<Point> {
  for (const dy of [0, 12, -12, 24, -24, 36, -36, 48, -48]) {
    await subject.page.mouse.move(x, y + dy);
    await twoFrames(subject.page, limits.stepTimeoutMs);
    if (!(await subject.page.evaluate(subject.overMarkExpression(x, y + dy))))
      return { x, y: y + dy };
  }
  return { x, y };
}

interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
}

const POINTER_EVENTS = new Set(["pointerdown", "pointerup", "mousedown", "mouseup", "click"]);

/** Click an event mark; read the interaction's Event Timing entries (and a rAF fallback). */
export async function measureClick(subject: Subject, limits: Limits): Promise<ClickResult> {
  const { page } = subject;
  // Let the last gesture settle first (our timeline renders its DOM marks once a gesture pauses).
  await sleep(300);
  await twoFrames(page, limits.stepTimeoutMs);
  const target = (await page.evaluate(subject.clickTargetExpression)) as Point | null;
  if (!target) throw new Error("no event mark to click on screen");
  const before = (await page.evaluate(subject.selectedIdExpression)) as string | null;
  const since = (await page.evaluate("performance.now()")) as number;
  await withTimeout(page.mouse.click(target.x, target.y), limits.stepTimeoutMs, "click");
  await sleep(300);
  await twoFrames(page, limits.stepTimeoutMs);
  await sleep(100);
  const supported = (await page.evaluate("window.__bench.eventTiming")) as boolean;
  const entries = ((await page.evaluate("window.__bench.eventEntries")) as EventEntry[]).filter(
    (e) => e.startTime >= since && POINTER_EVENTS.has(e.name),
  );
  const clicks = (
    (await page.evaluate("window.__bench.clicks")) as { start: number; paint: number }[]
  ).filter((c) => c.start >= since);
  const after = (await page.evaluate(subject.selectedIdExpression)) as string | null;

  const clickEntry = entries.find((e) => e.name === "click");
  const interaction =
    clickEntry && clickEntry.interactionId > 0
      ? entries.filter((e) => e.interactionId === clickEntry.interactionId)
      : entries;
  const longest = interaction.reduce<EventEntry | null>(
    (best, e) => (best === null || e.duration > best.duration ? e : best),
    null,
  );
  const firstClick = clicks[0];
  return {
    selected: after !== null && after !== before,
    selectedId: after,
    eventTimingMs: longest ? longest.duration : null,
    eventTimingEntries: interaction.map((e) => `${e.name} ${e.duration} ms`),
    belowThreshold: supported && longest === null,
    rafMs: firstClick ? round(firstClick.paint - firstClick.start, 1) : null,
    method: supported ? "event-timing" : "raf-fallback",
  };
}

export async function measureHeap(subject: Subject): Promise<number> {
  return round(await withTimeout(heapAfterGcMB(subject.cdp), 30_000, "garbage collection"), 1);
}
