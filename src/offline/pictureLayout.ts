/**
 * The "Download image" picture: 1200×675 (16:9, for slides and social
 * posts), drawn at 2×. A title band, the map, the timeline of the current
 * window, and a footer with the source and the map's attribution. Pure.
 */
import { scaleUtc } from "d3-scale";
import type { Interval } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import { assignLanes, type Lane } from "../timeline/lanes";

export const PICTURE = { width: 1200, height: 675, scale: 2 } as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureLayout {
  title: Box;
  map: Box;
  timeline: Box;
  footer: Box;
}

export function pictureLayout(
  width: number = PICTURE.width,
  height: number = PICTURE.height,
): PictureLayout {
  const margin = 24;
  const titleHeight = 64;
  const footerHeight = 40;
  const timelineHeight = Math.round((height - titleHeight - footerHeight) * 0.34);
  const mapHeight = height - titleHeight - footerHeight - timelineHeight - 8;
  return {
    title: { x: margin, y: 0, width: width - 2 * margin, height: titleHeight },
    map: { x: 0, y: titleHeight, width, height: mapHeight },
    timeline: {
      x: margin,
      y: titleHeight + mapHeight + 8,
      width: width - 2 * margin,
      height: timelineHeight,
    },
    footer: {
      x: margin,
      y: height - footerHeight,
      width: width - 2 * margin,
      height: footerHeight,
    },
  };
}

/** The part of a source image that covers a box of another aspect ratio, centred (CSS `object-fit: cover`). */
export function coverCrop(sourceWidth: number, sourceHeight: number, box: Box): Box {
  const scale = Math.max(box.width / sourceWidth, box.height / sourceHeight);
  const width = box.width / scale;
  const height = box.height / scale;
  return { x: (sourceWidth - width) / 2, y: (sourceHeight - height) / 2, width, height };
}

export interface TimelineMark {
  x: number;
  /** Width for a span; 0 for a point in time. */
  width: number;
  lane: number;
  selected: boolean;
}

export interface TimelinePicture {
  lanes: Lane[];
  marks: TimelineMark[];
  ticks: Array<{ x: number; label: string }>;
}

/** The events of the window (those `shown` lets through), placed in lanes across `width` pixels. */
export function timelinePicture(
  events: readonly IndexedEvent[],
  window: Interval,
  width: number,
  shown: (event: IndexedEvent) => boolean,
  selectedId: string | null,
): TimelinePicture {
  const visible = events.filter(
    (event) =>
      shown(event) && event.interval.end >= window.start && event.interval.start <= window.end,
  );
  const { lanes, laneOf } = assignLanes(visible, "actors");
  const scale = scaleUtc().domain([window.start, window.end]).range([0, width]);
  const marks = visible.map((event, i) => {
    const x0 = Math.max(0, scale(event.interval.start));
    const x1 = Math.min(width, scale(event.interval.end));
    const span = x1 - x0;
    return {
      x: span < 4 ? (x0 + x1) / 2 : x0,
      width: span < 4 ? 0 : span,
      lane: laneOf[i] ?? 0,
      selected: event.id === selectedId,
    };
  });
  const format = scale.tickFormat(8);
  const ticks = scale.ticks(8).map((tick) => ({ x: scale(tick), label: format(tick) }));
  return { lanes, marks, ticks };
}
