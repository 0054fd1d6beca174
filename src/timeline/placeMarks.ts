/**
 * Pixel boxes of the events drawn as buttons: each event's `markExtent` at
 * its true time. Marks that would overlap go to separate rows (stackLanes)
 * instead of being moved off their dates.
 */
import type { Interval } from "../data/dates";
import { markExtent } from "./marks";
import { kindOf, type TimelineModel } from "./timelineModel";

export interface MarkBox {
  x0: number;
  x1: number;
}

export function placeMarks(
  model: TimelineModel,
  positions: readonly number[],
  view: Interval,
  width: number,
): Map<number, MarkBox> {
  const boxes = new Map<number, MarkBox>();
  for (const position of positions) {
    const event = model.index.events[position];
    if (!event) continue;
    boxes.set(position, markExtent(kindOf(model, position).kind, event.interval, view, width));
  }
  return boxes;
}
