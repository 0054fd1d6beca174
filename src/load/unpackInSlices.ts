/**
 * The worker's answer made into the index on the page a slice of events at
 * a time, yielding between slices, so that no task holds the page for long:
 * at 100,000 events the whole job is ~200–500 ms here, at 1,000,000 seconds.
 * The reader can type or press Cancel in between; `signal` stops it.
 */
import { decodeEvents } from "../data/eventColumns";
import type { IndexedEvent } from "../data/indexDataset";
import { linkEvents, linkIndex, newLinkedEvents } from "../data/indexDataset";
import type { DatasetAnswer, LoadResult } from "./datasetAnswer";
import { nextTask } from "./nextTask";

/** Events per slice: ~10–30 ms of work each on a slow machine. */
export const SLICE_EVENTS = 10_000;

export async function unpackAnswerInSlices(
  answer: DatasetAnswer,
  options: { signal?: AbortSignal; onSlice?: (done: number, total: number) => void } = {},
): Promise<LoadResult | null> {
  if (!answer.ok) return answer;
  const { meta, places, periods, undated, events: columns, parts, warnings } = answer;
  const total = parts.timeOrder.length;
  const events: IndexedEvent[] = [];
  const linked = newLinkedEvents(total);
  for (let from = 0; from < total; from += SLICE_EVENTS) {
    const to = Math.min(total, from + SLICE_EVENTS);
    decodeEvents(columns, parts, from, to, events);
    linkEvents(events, parts, linked, from, to);
    options.onSlice?.(to, total);
    if (to < total) {
      await nextTask();
      if (options.signal?.aborted) return null;
    }
  }
  const rest = { meta, places, periods, ...(undated && { undated }) };
  return { ok: true, index: linkIndex(rest, events, parts, linked), warnings };
}
