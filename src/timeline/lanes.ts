/**
 * Lanes: one row per actor (or per tag). An event goes in the lane of its
 * first actor (the dataset lists the leading actor first) that has a lane of
 * its own; events whose leading actors are rare, or that have none, share the
 * last lane, "Other". Lanes are ordered by how many events they hold.
 */

export type LaneKey = "actors" | "tags";

export interface Lane {
  /** The actor or tag; "" for the shared "Other" lane. */
  id: string;
  label: string;
  count: number;
}

export interface LaneAssignment {
  key: LaneKey;
  lanes: Lane[];
  /** Lane of each event, by time-ordered position. */
  laneOf: Uint8Array;
}

export const MAX_LANES = 6;
export const OTHER_LANE_LABEL = "Other";

export function assignLanes(
  events: readonly { actors: readonly string[]; tags: readonly string[] }[],
  key: LaneKey,
  maxLanes = MAX_LANES,
): LaneAssignment {
  if (maxLanes < 1) throw new Error(`invalid maxLanes: ${maxLanes}`);
  const leadCounts = new Map<string, number>();
  let withoutValue = 0;
  for (const event of events) {
    const lead = event[key][0];
    if (lead === undefined) withoutValue++;
    else leadCounts.set(lead, (leadCounts.get(lead) ?? 0) + 1);
  }
  const ranked = Array.from(leadCounts, ([id, count]) => ({ id, count })).sort(
    (a, b) => b.count - a.count || a.id.localeCompare(b.id),
  );
  const needsOther = withoutValue > 0 || ranked.length > maxLanes;
  const ownLanes = ranked.slice(0, needsOther ? maxLanes - 1 : maxLanes);
  const laneIndex = new Map(ownLanes.map((lane, i) => [lane.id, i]));
  const otherIndex = ownLanes.length;

  const laneOf = new Uint8Array(events.length);
  const counts = new Array<number>(otherIndex + 1).fill(0);
  events.forEach((event, position) => {
    let lane = otherIndex;
    for (const value of event[key]) {
      const found = laneIndex.get(value);
      if (found !== undefined) {
        lane = found;
        break;
      }
    }
    laneOf[position] = lane;
    counts[lane] = (counts[lane] ?? 0) + 1;
  });

  const lanes: Lane[] = ownLanes.map((lane, i) => ({
    id: lane.id,
    label: lane.id,
    count: counts[i] ?? 0,
  }));
  if ((counts[otherIndex] ?? 0) > 0) {
    lanes.push({ id: "", label: OTHER_LANE_LABEL, count: counts[otherIndex] ?? 0 });
  }
  return { key, lanes, laneOf };
}

/**
 * How many events `mask` passes in each lane, for the lanes' tooltips ("Japan: 3 of 12 events
 * shown") and `lanesWithShown`; null without a filter. One pass over the lane numbers and the mask
 * per filter change (0.4 ms for 100,000 events, 3–10 ms for a million on a busy 2-core machine),
 * never per zoom step.
 */
export function shownPerLane(
  laneOf: Uint8Array,
  laneCount: number,
  mask: Uint8Array | null,
): Uint32Array | null {
  if (mask === null) return null;
  const shown = new Uint32Array(laneCount);
  for (let i = 0; i < laneOf.length; i++) {
    const lane = laneOf[i] as number;
    if (mask[i] === 1) shown[lane] = (shown[lane] as number) + 1;
  }
  return shown;
}

/**
 * Which lanes hold an event the mask passes (`shownPerLane`'s counts), so that lanes a filter
 * leaves empty take no row; null when every lane does (no filter, or one leaving each lane an
 * event) and when none does (the empty state, NoMatch, keeps the lanes under its words).
 */
export function lanesWithShown(shown: Uint32Array | null): boolean[] | null {
  if (shown === null) return null;
  const has = Array.from(shown, (count) => count > 0);
  const found = has.filter(Boolean).length;
  return found === has.length || found === 0 ? null : has;
}
