/**
 * Pixel boxes of the events drawn as buttons: each event's `markExtent`,
 * with narrow marks dodged apart so none hides another.
 */
import type { Interval } from "../data/dates";
import { dodge } from "./dodge";
import { markExtent, POINT_PX } from "./marks";
import { kindOf, type TimelineModel } from "./timelineModel";

/** Marks narrower than this are dodged; wider bars keep their true extent. */
export const DODGE_MAX_PX = 24;
/** Centre-to-centre distance of dodged marks. */
export const DODGE_GAP_PX = POINT_PX + 2;

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
  const narrow: { position: number; lane: number; x: number }[] = [];
  for (const position of positions) {
    const event = model.index.events[position];
    if (!event) continue;
    const box = markExtent(kindOf(model, position).kind, event.interval, view, width);
    boxes.set(position, box);
    if (box.x1 - box.x0 <= DODGE_MAX_PX) {
      narrow.push({
        position,
        lane: model.spatial.laneOf[position] ?? 0,
        x: (box.x0 + box.x1) / 2,
      });
    }
  }
  for (const [position, x] of dodge(narrow, DODGE_GAP_PX)) {
    const box = boxes.get(position);
    if (!box) continue;
    const half = (box.x1 - box.x0) / 2;
    boxes.set(position, { x0: x - half, x1: x + half });
  }
  return boxes;
}
