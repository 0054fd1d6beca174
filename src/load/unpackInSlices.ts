/**
 * The worker's answer made into the index on the page a slice of events at
 * a time, yielding between slices, so that no task holds the page for long:
 * at 100,000 events the whole job is ~200–500 ms here, at 1,000,000 seconds.
 * A slice ends after `SLICE_EVENTS` events or `SLICE_MS` of work, whichever
 * comes first: in a trace of a million CSV rows (3 December) most slices of
 * 10,000 events took 20–60 ms, but some of the first took 200–250 ms.
 * The reader can type or press Cancel in between; `signal` stops it.
 */
import { decodeEvents } from "../data/eventColumns";
import type { IndexedEvent } from "../data/indexDataset";
import { linkEvents, linkIndex, newLinkedEvents } from "../data/indexDataset";
import type { DatasetAnswer, LoadResult } from "./datasetAnswer";
import { nextTask } from "./nextTask";

/** The most events per slice. */
export const SLICE_EVENTS = 10_000;
/** The most work per slice, looked at every `STEP_EVENTS` events. */
export const SLICE_MS = 30;
export const STEP_EVENTS = 1_000;

export async function unpackAnswerInSlices(
  answer: DatasetAnswer,
  options: {
    signal?: AbortSignal;
    onSlice?: (done: number, total: number) => void;
    /** The clock the slices are timed by. */
    now?: () => number;
  } = {},
): Promise<LoadResult | null> {
  if (!answer.ok) return answer;
  const { meta, places, periods, undated, events: columns, parts, warnings } = answer;
  const now = options.now ?? (() => performance.now());
  const total = parts.timeOrder.length;
  const events: IndexedEvent[] = [];
  const linked = newLinkedEvents(total);
  let sliceStart = 0;
  let sliceBegan = now();
  for (let from = 0; from < total; from += STEP_EVENTS) {
    const to = Math.min(total, from + STEP_EVENTS);
    decodeEvents(columns, parts, from, to, events);
    linkEvents(events, parts, linked, from, to);
    if (to < total && to - sliceStart < SLICE_EVENTS && now() - sliceBegan < SLICE_MS) continue;
    options.onSlice?.(to, total);
    if (to < total) {
      await nextTask();
      if (options.signal?.aborted) return null;
      sliceStart = to;
      sliceBegan = now();
    }
  }
  const rest = { meta, places, periods, ...(undated && { undated }) };
  return { ok: true, index: linkIndex(rest, events, parts, linked), warnings };
}
