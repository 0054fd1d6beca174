/**
 * How much of the page's longest main-thread tasks is spent waiting for the GPU process.
 *
 * Headless Chromium here composites in software, so every map frame is read back from the
 * WebGL canvas inside the frame's commit: the renderer's main thread waits
 * (`CommandBufferProxyImpl::WaitForGetOffset`) while the GPU process draws the frame with
 * SwiftShader. A Chrome trace of the page's load put 477 of 508 ms of its longest task there
 * (README, "Benchmark", the eighth session). A phone composites on its GPU and does not wait so. The
 * figures below split each task into that wait and the rest (script, style, layout, paint),
 * so the bench can say which part a long task is made of, beside the raw figure.
 *
 * The same goes for Playwright's own instrumentation: its `Network` domain records each request's
 * initiator stack, a stack's frames need source positions that V8 dropped after compiling, so V8
 * parses the script again to collect them (`V8.CollectSourcePositions`, ~100 ms of the first
 * chunk's evaluation at load). A reader's browser, with no inspector, never does; no CDP setting
 * stops it (docs/performance.md, "The first dataset's timeline in a task of its own").
 */

/** The fields of a Chrome trace event this reads (Trace Event Format). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface TaskSplit {
  /** The longest task, raw (as the Long Tasks API sees it). */
  longestMs: number;
  /** Of which waiting for the GPU process. */
  longestGpuWaitMs: number;
  /**
   * Of which V8 collecting source positions for the inspector's stacks (Playwright's cost); null
   * when the trace did not record V8's compiles (it is not subtracted then).
   */
  longestSourcePositionsMs: number | null;
  /**
   * The longest of all the tasks once each has its GPU waits and source-position collection taken
   * out: the page's own work at most.
   */
  longestOwnMs: number;
}

const TASK = "ThreadControllerImpl::RunTask";
const GPU_WAIT = "CommandBufferProxyImpl::WaitForGetOffset";
const CHECKPOINT = "BlinkScheduler_PerformMicrotaskCheckpoint";
/** In the trace category below, which records every compile and so slows the load it traces. */
const SOURCE_POSITIONS = "V8.CollectSourcePositions";
export const COMPILE_CATEGORY = "disabled-by-default-v8.compile";
/** A checkpoint starting within this of a task's end (µs) belongs to that task. */
const JOINED_US = 1000;

/** The page's main thread: the renderer main thread with the most task time (others are idle frames). */
function pageMainThread(events: readonly TraceEvent[]): string | null {
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === TASK && e.ph === "X" && mains.has(key))
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  let best: string | null = null;
  for (const [key, total] of busy) if (best === null || total > (busy.get(best) ?? 0)) best = key;
  return best;
}

/**
 * Splits the page's main-thread tasks that start before `untilTs` (trace clock, µs) into GPU
 * waits and the rest; null when the trace has no such task. A task is a top-level slice of the
 * main thread, with the slices that follow it at once (the microtask checkpoint that ends it):
 * so the Long Tasks API counts them. Nested task events (a task run inside another, as a nested
 * message loop does) count once, as part of the outer one.
 */
export function splitLongestTasks(
  events: readonly TraceEvent[],
  untilTs = Number.POSITIVE_INFINITY,
): TaskSplit | null {
  const main = pageMainThread(events);
  if (main === null) return null;
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: {
    start: number;
    end: number;
    wait: number;
    positions: number;
    positionsEnd: number;
  }[] = [];
  for (const e of own) {
    const end = e.ts + (e.dur ?? 0);
    const current = tasks.at(-1);
    if (current !== undefined && e.ts >= current.start && end <= current.end) {
      // Waits do not nest in one another: each adds its own time.
      if (e.name === GPU_WAIT) current.wait += e.dur ?? 0;
      // A collection may run inside another (an inner function's): count the outer one only.
      if (e.name === SOURCE_POSITIONS && e.ts >= current.positionsEnd) {
        current.positions += e.dur ?? 0;
        current.positionsEnd = end;
      }
    } else if (current !== undefined && e.name === CHECKPOINT && e.ts - current.end < JOINED_US) {
      // A checkpoint just after a task is part of it (even past the window, as the task is not).
      current.end = Math.max(current.end, end);
    } else if (e.ts < untilTs) {
      // A task, or a slice the scheduler ran outside one (a checkpoint after a module ran):
      // the Long Tasks API counts both.
      tasks.push({
        start: e.ts,
        end,
        wait: e.name === GPU_WAIT ? (e.dur ?? 0) : 0,
        positions: 0,
        positionsEnd: e.ts,
      });
    }
  }
  if (tasks.length === 0) return null;
  const ms = (us: number) => Math.round(us / 100) / 10;
  const longest = tasks.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const net = tasks.reduce((most, t) => Math.max(most, t.end - t.start - t.wait - t.positions), 0);
  return {
    longestMs: ms(longest.end - longest.start),
    longestGpuWaitMs: ms(longest.wait),
    longestSourcePositionsMs: events.some((e) => e.cat?.split(",").includes(COMPILE_CATEGORY))
      ? ms(longest.positions)
      : null,
    longestOwnMs: ms(net),
  };
}

/** The app's user-timing mark, set just before it starts the dataset worker. */
const LOAD_START_MARK = "dataset:load-start";
/** A page expression: when that mark was set on the page's clock; null without it. */
export const LOAD_START = `performance.getEntriesByName(${JSON.stringify(LOAD_START_MARK)})[0]?.startTime ?? null`;

/**
 * `splitLongestTasks` up to `interactiveAt` on the page's clock: the app's `dataset:load-start`
 * user-timing mark, taken at `loadStart` on that clock, ties it to the trace's.
 */
export function splitTasksAtPageTime(
  events: readonly TraceEvent[],
  loadStart: number,
  interactiveAt: number,
): TaskSplit | null {
  const mark = events.find((e) => e.name === LOAD_START_MARK);
  if (!mark) throw new Error(`no ${LOAD_START_MARK} mark to place interactive in the trace`);
  return splitLongestTasks(events, mark.ts + (interactiveAt - loadStart) * 1000);
}
