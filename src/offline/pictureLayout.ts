/**
 * The "Download image" picture: 1200×675 (16:9, for slides and social
 * posts), drawn at 2×. A title band, the map, the timeline of the current
 * window, and a footer with the source and the map's attribution. Pure.
 */
import type { Interval } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import type { Language } from "../i18n/languages";
import { chWidth } from "../timeline/chWidth";
import { TICK_SPACING } from "../timeline/detailLayout";
import { ROW_HEIGHT } from "../timeline/laneGeometry";
import { MAX_LANES } from "../timeline/lanes";
import { type AxisLabel, axisLabels, type Tick, timeTicks } from "../timeline/ticks";
import { timeToX } from "../timeline/timeScale";

export const PICTURE = { width: 1200, height: 675, scale: 2 } as const;

/** The picture's bands and rows, in CSS px of the 1× picture. */
export const PICTURE_BANDS = {
  margin: 24,
  /** The title (24 px, baseline 34) and the subtitle (15 px, baseline 56), descenders in. */
  title: 68,
  footer: 40,
  /** Between the map and the timeline. */
  gap: 12,
  lane: 28,
  axis: 28,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureLayout {
  title: Box;
  /**
   * Where the map is drawn: the whole of it, at its own aspect ratio (or drawn anew at the box's:
   * mapBoxSize), centred in its band; null for a story with no places, which has no map.
   */
  map: Box | null;
  timeline: Box;
  /** The timeline's lanes from its top, each with its rows (PICTURE_ROW apart, centred in it). */
  lanes: PictureLane[];
  footer: Box;
}

export interface PictureLane {
  top: number;
  height: number;
  rows: number;
}

/** A lane's sub-row, as tall as the page's (ROW_HEIGHT). */
export const PICTURE_ROW = ROW_HEIGHT;

/** The most sub-rows the lanes take together (pictureRows), beside a map and without one. */
export const PICTURE_ROWS = { withMap: 12, withoutMap: 24 } as const;

/** The middle of a row of a lane, from the timeline's top. */
export function rowY(lane: PictureLane, row: number): number {
  return lane.top + (lane.height - lane.rows * PICTURE_ROW) / 2 + (row + 0.5) * PICTURE_ROW;
}

/** Lanes of `rows` each, at least `least` tall, one row's height of room around their rows. */
function stackedLanes(laneRows: readonly number[], least: number): PictureLane[] {
  let top = 0;
  return laneRows.map((r) => {
    const rows = Math.max(1, r);
    const height = Math.max(least, (rows + 1) * PICTURE_ROW);
    const lane = { top, height, rows };
    top += height;
    return lane;
  });
}

function lanesHeight(lanes: readonly PictureLane[]): number {
  const last = lanes[lanes.length - 1];
  return last ? last.top + last.height : 0;
}

/** The tallest lane of a picture without a map: its timeline grows into the map's room up to this. */
export const MAX_LANE_WITHOUT_MAP = 56;

/**
 * The picture's boxes for a map of `mapAspect` (width / height) and a
 * timeline of lanes of `laneRows` sub-rows each (pictureRows: the page's). The timeline takes the rows it needs, above the
 * footer, and the map the rest. The map is drawn whole, never cropped: a crop
 * of the page's map cut its labels in half under the title band (国後島 /
 * クナシル島 in a review). A map with no valid aspect (none drawn) or one
 * drawn anew (a phone's strip: mapBoxSize) gets its whole band. `mapAspect`
 * null: the story has no places and the page shows no map, so neither does
 * the picture; its timeline, with taller lanes, takes the room, in the middle.
 */
export function pictureLayout(
  mapAspect: number | null,
  laneRows: readonly number[],
  width: number = PICTURE.width,
  height: number = PICTURE.height,
): PictureLayout {
  const { margin, title, footer, gap, axis } = PICTURE_BANDS;
  const shown = laneRows.length === 0 ? [1] : laneRows.slice(0, MAX_LANES);
  const inner = width - 2 * margin;
  const titleBox = { x: margin, y: 0, width: inner, height: title };
  const footerBox = { x: margin, y: height - footer, width: inner, height: footer };
  const room = height - title - footer;
  if (mapAspect === null) {
    const least = Math.max(
      PICTURE_BANDS.lane,
      Math.min(MAX_LANE_WITHOUT_MAP, Math.floor((room - axis) / shown.length)),
    );
    const lanes = stackedLanes(shown, least);
    const timelineHeight = lanesHeight(lanes) + axis;
    const y = title + Math.max(0, (room - timelineHeight) / 2);
    const timeline = { x: margin, y, width: inner, height: timelineHeight };
    return { title: titleBox, map: null, timeline, lanes, footer: footerBox };
  }
  const lanes = stackedLanes(shown, PICTURE_BANDS.lane);
  const timelineHeight = lanesHeight(lanes) + axis;
  const band: Box = { x: 0, y: title, width, height: room - gap - timelineHeight };
  const size = mapBoxSize(mapAspect, band);
  return {
    title: titleBox,
    map: {
      x: band.x + (band.width - size.width) / 2,
      y: band.y + (band.height - size.height) / 2,
      ...size,
    },
    timeline: { x: margin, y: band.y + band.height + gap, width: inner, height: timelineHeight },
    lanes,
    footer: footerBox,
  };
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The aspects (width / height) a page's map is pictured at as it is shown. Beyond them (a phone's
 * 390 × 75 strip in story mode) it is drawn anew at its box's: that strip across the picture drew
 * its labels and markers 3× their size, cut "Tokyo" at its top edge, and left a quarter of the
 * picture blank under the timeline (review 29).
 */
export const PICTURED_ASPECTS = { min: 0.5, max: 3.5 } as const;

/** How many times its size on the page a map is drawn before it is drawn anew: its words grow with it. */
export const MAX_ENLARGEMENT = 2;

/** Whether a map of this aspect is pictured at it (see PICTURED_ASPECTS). */
export function picturedAtOwnAspect(aspect: number): boolean {
  return aspect >= PICTURED_ASPECTS.min && aspect <= PICTURED_ASPECTS.max;
}

/**
 * The box a map of `aspect` takes in `band`: the largest of its own aspect, or the whole band for
 * one drawn anew (PICTURED_ASPECTS) or none (0, NaN: the band says it could not be drawn).
 */
export function mapBoxSize(aspect: number, band: Size): Size {
  if (!picturedAtOwnAspect(aspect)) return { width: band.width, height: band.height };
  // Its full height, or its full width: that side exactly the band's.
  if (band.height * aspect < band.width)
    return { width: band.height * aspect, height: band.height };
  return { width: band.width, height: band.width / aspect };
}

/** A map drawn anew for a picture: at this size in CSS px, zoomed in by `zoomBy`. */
export interface RedrawnView extends Size {
  zoomBy: number;
}

/**
 * How a map of `page` size (CSS px) is drawn into `box`: null for as the page shows it (rendered at
 * a higher pixel ratio: pictureMapRatio); else anew at the box's size, zoomed so that what the
 * page shows fits in it, its words at their own size: a map of another aspect than its box's (a
 * phone's strip), or one the box would enlarge more than MAX_ENLARGEMENT times.
 */
export function redrawnView(page: Size, box: Size): RedrawnView | null {
  if (!(page.width > 0 && page.height > 0 && box.width > 0 && box.height > 0)) return null;
  const aspect = page.width / page.height;
  if (picturedAtOwnAspect(aspect) && box.width / page.width <= MAX_ENLARGEMENT) return null;
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    zoomBy: Math.log2(Math.min(box.width / page.width, box.height / page.height)),
  };
}

/** The sharpest map a picture asks for: four device pixels to a CSS pixel of the page's map. */
export const MAX_MAP_RATIO = 4;

/**
 * The pixel ratio to render a map `mapWidth` CSS px wide at for a picture
 * that draws it `boxWidth` px wide at `scale`: one map pixel to each of the
 * picture's, within MAX_MAP_RATIO; 0 for a map of no width. At a page's
 * ratio of 1 the 900 px map of a laptop's page came out of its 1× canvas
 * stretched over 1940 of the picture's pixels, soft.
 */
export function pictureMapRatio(
  mapWidth: number,
  boxWidth: number,
  scale: number = PICTURE.scale,
): number {
  if (!(mapWidth > 0) || !(boxWidth > 0)) return 0;
  return Math.min(MAX_MAP_RATIO, (boxWidth * scale) / mapWidth);
}

/** Width of the lane names' column for these names (13 px text): the longest fits, within bounds. */
export function laneNamesWidth(names: readonly string[]): number {
  const longest = Math.max(0, ...names.map(chWidth));
  // Noto Sans's "0" is 0.57 em: 7.4 px at 13 px; 16 px of space before the lanes.
  return Math.min(260, Math.max(72, Math.ceil(longest * 7.4) + 16));
}

export interface TimelineMark {
  x: number;
  /** Width for a span; 0 for a point in time. */
  width: number;
  lane: number;
  /** Its sub-row in the lane (pictureRows). */
  row: number;
  selected: boolean;
}

/** The axis's labels are drawn at this size, which their estimated widths are reckoned in. */
export const PICTURE_AXIS_FONT_PX = 12;

export interface TimelinePicture {
  marks: TimelineMark[];
  ticks: Tick[];
  /**
   * The ticks' labels placed as the page's detail axis places them (axisLabels): inside the axis,
   * 6 px apart. Every tick's label centred on it ran "март 2017 г." into "апр." at 400 days.
   */
  labels: AxisLabel[];
}

/**
 * The events of the window (those `shown` lets through) across `width`
 * pixels, each in its lane (`laneOf`, by position in `events`: the page's
 * lanes, so the same lanes in the same order and colours), with the page's
 * axis ticks in `lang` ("2018", "4月", "апр."). `rowOf`: each event's sub-row by position
 * (pictureRows; the first when missing).
 */
export function timelinePicture(
  events: readonly IndexedEvent[],
  laneOf: ArrayLike<number>,
  window: Interval,
  width: number,
  shown: (event: IndexedEvent) => boolean,
  selectedId: string | null,
  lang: Language,
  rowOf: ReadonlyMap<number, number> | null = null,
): TimelinePicture {
  const marks: TimelineMark[] = [];
  // A point drawn where one of its row already is (to a quarter px) adds nothing to the picture,
  // whose points are opaque: a million rows' 1,000,000 points were one task of 36 s here (review 34 F6).
  const drawn = new Set<number>();
  events.forEach((event, i) => {
    if (event.interval.end < window.start || event.interval.start > window.end) return;
    if (!shown(event)) return;
    const x0 = Math.max(0, timeToX(window, width, event.interval.start));
    const x1 = Math.min(width, timeToX(window, width, event.interval.end));
    const span = x1 - x0;
    const point = span < 4;
    const lane = laneOf[i] ?? 0;
    const row = rowOf?.get(i) ?? 0;
    const selected = event.id === selectedId;
    const x = point ? (x0 + x1) / 2 : x0;
    if (point && !selected) {
      const at = (lane * 1024 + row) * 1e7 + Math.round(x * 4);
      if (drawn.has(at)) return;
      drawn.add(at);
    }
    marks.push({ x, width: point ? 0 : span, lane, row, selected });
  });
  const ticks = timeTicks(window, width, TICK_SPACING.fine, lang);
  return { marks, ticks, labels: axisLabels(ticks, width, PICTURE_AXIS_FONT_PX) };
}
