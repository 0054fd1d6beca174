/**
 * Story mode's order, as pure functions: which events the story visits (in
 * the article's paragraph order or in time order, skipping filtered-out
 * ones), where the selected event sits in it, and the step before or after.
 */
import type { DatasetIndex } from "../data/indexDataset";
import { memoizeLast } from "../store/memo";
import { passes, selectFilterMask } from "../store/selectors";
import type { StoryOrder } from "../store/storySlice";
import type { AppState } from "../store/types";
import { readingOrder, readingOrderSteps } from "./readingOrder";

const EMPTY = new Int32Array(0);

/**
 * Each dataset's reading order, made when a story in time order or a selection's Previous and
 * Next first needs it, or after the load (`prepareReadingOrder`), whichever comes first.
 */
const readingOrders = new WeakMap<DatasetIndex, Int32Array>();
/** Told when a reading order has been made: the list of all events waits for it (`readingOrderMade`). */
const madeListeners = new Set<() => void>();

function keep(index: DatasetIndex, order: Int32Array): void {
  readingOrders.set(index, order);
  for (const listener of madeListeners) listener();
}

/** For `useSyncExternalStore`: called whenever a dataset's reading order has been made. */
export function subscribeReadingOrders(listener: () => void): () => void {
  madeListeners.add(listener);
  return () => madeListeners.delete(listener);
}

/**
 * The index's reading order if it has been made, else null: never made here, where a first render
 * would spend up to 450 ms on a million events (the list waits for `prepareReadingOrder`'s steps).
 */
export function readingOrderMade(index: DatasetIndex): Int32Array | null {
  return readingOrders.get(index) ?? null;
}

/**
 * Makes the index's reading order ahead of the first selection, a step per task (73 ms at
 * 100,000 events, 114–450 ms at 1,000,000 in one task: `readingOrderSteps`). A first need
 * before the last step makes the order at once, and the steps stop.
 */
export function prepareReadingOrder(index: DatasetIndex, perStep?: number): void {
  const steps = readingOrderSteps(index.events, perStep);
  const step = () => {
    if (readingOrders.has(index)) return;
    const next = steps.next();
    if (next.done) keep(index, next.value);
    else setTimeout(step, 0);
  };
  step();
}

function readingOrderOf(index: DatasetIndex): Int32Array {
  let order = readingOrders.get(index);
  if (!order) {
    order = readingOrder(index.events);
    keep(index, order);
  }
  return order;
}

/** Time-ordered positions of the events the story visits, in story order (time order is `readingOrder`'s). */
export function storySequence(
  index: DatasetIndex | null,
  order: StoryOrder,
  mask: Uint8Array | null,
): Int32Array {
  if (!index) return EMPTY;
  const all = order === "article" ? index.storyOrder : readingOrderOf(index);
  // Nothing filtered out: the order itself (a copy cost 35 ms at 1,000,000 events).
  if (mask === null) return all;
  const out = new Int32Array(all.length);
  let length = 0;
  for (const position of all) if (passes(mask, position)) out[length++] = position;
  return out.subarray(0, length);
}

/** The step (0-based) of an event in a sequence, or -1 when the story does not visit it. */
export function storyStep(
  index: DatasetIndex | null,
  sequence: Int32Array,
  eventId: string | null,
): number {
  if (!index || eventId === null) return -1;
  const event = index.byId.get(eventId);
  return event ? sequence.indexOf(event.order) : -1;
}

/**
 * The step after (+1) or before (-1) `step`, or null past either end. From
 * outside the story (-1), going on starts it and going back goes nowhere.
 */
export function adjacentStep(length: number, step: number, direction: 1 | -1): number | null {
  if (length === 0) return null;
  if (step < 0) return direction === 1 ? 0 : null;
  const next = step + direction;
  return next >= 0 && next < length ? next : null;
}

/**
 * The nearest event that way in an order (`storySequence(index, order, null)`, the whole one)
 * that `mask` shows, from the place there of an event it hides; null past the end.
 */
export function nearestShownPosition(
  all: Int32Array,
  mask: Uint8Array | null,
  from: number,
  direction: 1 | -1,
): number | null {
  for (let i = all.indexOf(from) + direction; i >= 0 && i < all.length; i += direction) {
    const position = all[i] as number;
    if (passes(mask, position)) return position;
  }
  return null;
}

/**
 * The step Next (+1) or Previous (-1) goes to. From an event the filters hide (a filter set
 * mid-story took it out), the nearest step that way from its place in the whole order: the
 * story's first step lost the reader's place (step 13 of 24 became step 1 of 16).
 */
export function stepFrom(
  index: DatasetIndex | null,
  order: StoryOrder,
  sequence: Int32Array,
  mask: Uint8Array | null,
  eventId: string | null,
  direction: 1 | -1,
): number | null {
  const step = storyStep(index, sequence, eventId);
  const event = eventId === null ? undefined : index?.byId.get(eventId);
  if (step >= 0 || !index || !event || mask === null)
    return adjacentStep(sequence.length, step, direction);
  const position = nearestShownPosition(
    storySequence(index, order, null),
    mask,
    event.order,
    direction,
  );
  return position === null ? null : sequence.indexOf(position);
}

/** The event id at a step. */
export function eventAtStep(
  index: DatasetIndex | null,
  sequence: Int32Array,
  step: number,
): string | null {
  const position = sequence[step];
  if (!index || position === undefined) return null;
  return index.events[position]?.id ?? null;
}

const sequenceOf = memoizeLast(storySequence);

/** The story's sequence for the current order (article order while the story is off) and filters. */
export const selectStorySequence = (state: AppState): Int32Array =>
  sequenceOf(state.index, state.story ?? "article", selectFilterMask(state));

const stepOf = memoizeLast(storyStep);

/** The selected event's step in the story, or -1. */
export const selectStoryStep = (state: AppState): number =>
  stepOf(state.index, selectStorySequence(state), state.selectedEventId);

// One memo a direction: the story bar asks for both on every store change (a zoom's frames
// among them), and each unmemoized answer looked the selected event up in the whole sequence.
const stepOn = memoizeLast(stepFrom);
const stepBack = memoizeLast(stepFrom);

/** The step Next (+1) or Previous (-1) goes to in the story on show (`stepFrom`). */
export const selectStepFrom = (state: AppState, direction: 1 | -1): number | null =>
  (direction === 1 ? stepOn : stepBack)(
    state.index,
    state.story ?? "article",
    selectStorySequence(state),
    selectFilterMask(state),
    state.selectedEventId,
    direction,
  );
