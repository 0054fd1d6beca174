/**
 * The picture's lanes keep the page's sub-rows: the timeline's own layout (detailLayout, which
 * stacks with stackLanes) at the picture's width, so that spans and points of one lane do not
 * cover each other. Each lane drawn as one line let "Abe and Putin hold 20 meetings" (2013–2017)
 * hide the Nagato summit's bar under it (review 37 R8). A dense window the page draws on canvas
 * has one row per lane there, and here: a million rows are not stacked. Pure.
 */
import type { Interval } from "../data/dates";
import type { Language } from "../i18n/languages";
import { detailLayout } from "../timeline/detailLayout";
import { AXIS_HEIGHT, ROW_HEIGHT, STRIP_HEIGHT } from "../timeline/laneGeometry";
import type { TimelineModel } from "../timeline/timelineModel";

export interface PictureRowsInput {
  model: TimelineModel;
  window: Interval;
  /** The picture's timeline width, past the lane names. */
  width: number;
  mask: Uint8Array | null;
  /** Time-ordered position of the selected event, or -1. */
  selected: number;
  /** An event's title as the reader sees it (the page leaves room for its label). */
  title: (position: number) => string;
  lang: Language;
  /** Lanes a filter leaves an event (lanesWithShown); null: all. */
  shownLanes: readonly boolean[] | null;
  /** The most rows the lanes take together. */
  maxRows: number;
}

export interface PictureRows {
  /** Rows of each of the model's lanes (0 for one a filter left empty). */
  rows: number[];
  /** Row of each stacked event by time-ordered position; an event of a group takes the group's. */
  rowOf: Map<number, number>;
}

export function pictureRows(input: PictureRowsInput): PictureRows {
  const layout = detailLayout({
    model: input.model,
    view: input.window,
    placedIn: input.window,
    width: input.width,
    // The height that gives the lanes `maxRows` rows (rowBudget).
    height: AXIS_HEIGHT + STRIP_HEIGHT + input.maxRows * ROW_HEIGHT,
    mask: input.mask,
    selected: input.selected,
    focused: -1,
    focusSet: null,
    narrow: false,
    coarse: false,
    title: input.title,
    lang: input.lang,
    shownLanes: input.shownLanes,
  });
  const rowOf = new Map(layout.rowOf);
  for (const group of layout.groups)
    for (const position of group.positions) rowOf.set(position, group.row);
  return { rows: layout.geometry.rows, rowOf };
}
