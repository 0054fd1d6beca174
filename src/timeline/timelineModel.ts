/**
 * Everything the timeline derives from a dataset once (O(n) when it loads or
 * the lane grouping changes), so that each frame only reads it.
 */
import type { Interval } from "../data/dates";
import type { DatasetIndex, IndexedEvent } from "../data/indexDataset";
import { finishSteps, type Steps } from "../data/steps";
import { storyExtent } from "../data/storyExtent";
import { minSpanOf, paddedExtent } from "../data/timeWindow";
import { buildIntervalIndex, type IntervalIndex } from "./intervalIndex";
import { laneColourVars } from "./laneColours";
import { assignLanes, type Lane, type LaneKey } from "./lanes";
import { type MarkKind, markKind } from "./marks";

export const KIND_CODES: readonly MarkKind[] = ["point", "span", "period"];
/** Added to a kind code for approximate dates. */
export const APPROXIMATE_FLAG = 4;

export interface TimelineModel {
  index: DatasetIndex;
  laneKey: LaneKey;
  lanes: Lane[];
  spatial: IntervalIndex;
  /** The story's stretch of time: its events' and its periods' (`storyExtent`); what Fit all shows. */
  extent: Interval;
  /** The furthest the timeline zooms out, and what the overview shows: `extent`, padded. */
  bounds: Interval;
  /** The shortest window it zooms to: a day, or an hour over times of day. */
  minSpan: number;
  /** Per time-ordered position: KIND_CODES index, plus APPROXIMATE_FLAG. */
  kinds: Uint8Array;
  colourVars: string[];
}

/**
 * The model in steps (a `yield` between them), for a caller that gives each its own task: at a
 * million events the whole took 260–310 ms in one task (profiled), its steps ~120 ms each, and the
 * marks' kinds alone 155 ms of the last (traced, 6 December); they now take a few steps of their own.
 */
function* modelSteps(index: DatasetIndex, laneKey: LaneKey): Steps<TimelineModel> {
  const { lanes, laneOf } = assignLanes(index.events, laneKey);
  yield;
  const spatial = buildIntervalIndex(index.starts, index.ends, laneOf, Math.max(1, lanes.length));
  yield;
  const minSpan = minSpanOf(index);
  const extent = storyExtent(index);
  const kinds = yield* markKindSteps(index.events);
  return {
    index,
    laneKey,
    lanes,
    spatial,
    extent,
    bounds: paddedExtent(extent, minSpan),
    minSpan,
    kinds,
    colourVars: laneColourVars(lanes),
  };
}

/** Events whose kinds `markKindSteps` works out between two yields. */
export const KINDS_PER_STEP = 250_000;

/**
 * Each event's `markKind` code, with its approximate flag. Neighbours in time
 * order mostly share their dates, and take the code worked out for the first
 * of them: reading every start took ~120 ms of a 213 ms task at a million
 * events (traced).
 */
export function markKinds(events: readonly IndexedEvent[]): Uint8Array {
  return finishSteps(markKindSteps(events));
}

/** `markKinds` in steps of `perStep` events. */
export function* markKindSteps(
  events: readonly IndexedEvent[],
  perStep = KINDS_PER_STEP,
): Steps<Uint8Array> {
  const kinds = new Uint8Array(events.length);
  let last: IndexedEvent | undefined;
  let code = 0;
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % perStep === 0) yield;
    const event = events[i] as IndexedEvent;
    if (
      last === undefined ||
      event.start !== last.start ||
      event.end !== last.end ||
      event.approximate !== last.approximate
    ) {
      code = KIND_CODES.indexOf(markKind(event)) + (event.approximate ? APPROXIMATE_FLAG : 0);
      last = event;
    }
    kinds[i] = code;
  }
  return kinds;
}

export function buildTimelineModel(index: DatasetIndex, laneKey: LaneKey): TimelineModel {
  return finishSteps(modelSteps(index, laneKey));
}

const lastModels = new WeakMap<DatasetIndex, TimelineModel>();

/** `timelineModelOf` ahead of a render, as steps to run a task apart (see `useNextTaskValue`). */
export function* prepareTimelineModel(index: DatasetIndex, laneKey: LaneKey): Generator<void> {
  if (lastModels.get(index)?.laneKey === laneKey) return;
  const model = yield* modelSteps(index, laneKey);
  lastModels.set(index, model);
}

/** `buildTimelineModel`, remembered per dataset for its last lane grouping (made ahead of a render). */
export function timelineModelOf(index: DatasetIndex, laneKey: LaneKey): TimelineModel {
  const last = lastModels.get(index);
  if (last?.laneKey === laneKey) return last;
  const model = buildTimelineModel(index, laneKey);
  lastModels.set(index, model);
  return model;
}

export function kindOf(
  model: TimelineModel,
  position: number,
): { kind: MarkKind; approximate: boolean } {
  const code = model.kinds[position] ?? 0;
  return { kind: KIND_CODES[code & 3] ?? "point", approximate: (code & APPROXIMATE_FLAG) !== 0 };
}

/** How the page's timeline groups `index` into lanes now (its last model's grouping; by actors at first). */
export function shownLaneKey(index: DatasetIndex): LaneKey {
  return lastModels.get(index)?.laneKey ?? "actors";
}
