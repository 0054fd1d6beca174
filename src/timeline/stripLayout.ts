/**
 * The strip above the lanes, as data: bands for the dataset's named periods
 * (drawn quietly behind the lanes), their names, a line at the source's
 * publication date, and hints that events lie off-screen to the left or
 * right. Everything named in the strip is laid out in one line without
 * overlap — hints first, then the publication date, then period names in the
 * room left — and a name that has too little room is left out (it stays in
 * the band's title). O(periods log periods).
 */
import type { Interval } from "../data/dates";
import { eventInterval } from "../data/dates";
import { formatEventDateIn } from "../i18n/formatDate";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { labelWidth } from "./chWidth";
import { timeToX } from "./timeScale";

export interface StripPeriod {
  id: string;
  title: string;
  start: string;
  end?: string;
  note?: string;
}

export interface StripInput {
  periods: readonly StripPeriod[];
  /** When a period has no end: it runs to here. */
  lastTime: number;
  /** The source's publication date (a partial date), if known. */
  published: string | undefined;
  view: Interval;
  width: number;
  /** Shown events wholly before and after the view. */
  earlier: number;
  later: number;
  /** The language of the hints and the publication date (English when left out). */
  lang?: Language | undefined;
}

export interface PeriodBand {
  id: string;
  title: string;
  note: string | undefined;
  /** Its extent in px, clipped to a little beyond the view. */
  x0: number;
  x1: number;
  /** Alternating shade, so two bands that meet stay apart. */
  shade: 0 | 1;
}

export interface StripText {
  /** "period:<id>", "published", "earlier" or "later". */
  key: string;
  text: string;
  x: number;
  width: number;
}

/** A stretch of the lanes' shading behind the periods: a band's own shade, or 2 where bands overlap. */
export interface BandShading {
  x0: number;
  x1: number;
  shade: 0 | 1 | 2;
}

export interface StripLayout {
  bands: PeriodBand[];
  /** What the bands shade behind the lanes, overlaps drawn once (`bandShading`). */
  shading: BandShading[];
  texts: StripText[];
  /** x of the publication date's line, or null when off-screen or unknown. */
  publishedX: number | null;
  /** Counts of shown events off-screen, for the hints. */
  earlier: number;
  later: number;
}

const FONT_PX = 11;
/** A hint button's padding and border, each side (timeline.css `.tl-hint`). */
const HINT_FRAME_PX = 2 * (4 + 1);

/**
 * A strip text's width at 11 px, by script (`labelWidth`: a CJK character one em). At 0.55 em
 * a character, "← 以前の12件" was given 67 px of its 74, and a phone showed "← 以前…".
 */
function textWidth(text: string): number {
  return Math.min(400, Math.ceil(labelWidth(text, FONT_PX)));
}
const GAP = 8;
const MIN_NAME_PX = 40;

/** "← 2 earlier events", "4 later events →", in `lang`. */
export function hintText(side: "earlier" | "later", count: number, lang: Language = "en"): string {
  return i18n.getFixedT(lang)(`timeline.${side}`, { count });
}

/** Free stretches of [0, width) left between taken ones. */
function freeSpans(taken: readonly { x: number; width: number }[], width: number) {
  const sorted = [...taken].sort((a, b) => a.x - b.x);
  const spans: { x0: number; x1: number }[] = [];
  let at = 0;
  for (const t of sorted) {
    if (t.x - GAP > at) spans.push({ x0: at, x1: t.x - GAP });
    at = Math.max(at, t.x + t.width + GAP);
  }
  if (at < width) spans.push({ x0: at, x1: width });
  return spans;
}

export function stripLayout(input: StripInput): StripLayout {
  const { view, width } = input;
  const lang = input.lang ?? "en";
  const texts: StripText[] = [];
  const place = (key: string, text: string, x: number, textWidth: number) =>
    texts.push({ key, text, x, width: textWidth });

  if (input.earlier > 0) {
    const text = hintText("earlier", input.earlier, lang);
    place("earlier", text, 0, textWidth(text) + HINT_FRAME_PX);
  }
  if (input.later > 0) {
    const text = hintText("later", input.later, lang);
    const w = textWidth(text) + HINT_FRAME_PX;
    const earlierEnd = texts[0] ? texts[0].x + texts[0].width + GAP : 0;
    if (width - w >= earlierEnd) place("later", text, width - w, w);
  }

  let publishedX: number | null = null;
  if (input.published) {
    const time = eventInterval({ start: input.published }).start;
    const x = timeToX(view, width, time);
    if (x >= 0 && x <= width) {
      publishedX = x;
      const date = formatEventDateIn({ start: input.published }, lang);
      const text = i18n.getFixedT(lang)("timeline.published", { date });
      const w = textWidth(text);
      const free = freeSpans(texts, width);
      // Right of the line, else left of it, if the strip has room there.
      const right = free.find((s) => s.x0 <= x + 4 && s.x1 >= x + 4 + w);
      const left = free.find((s) => s.x0 <= x - 4 - w && s.x1 >= x - 4);
      if (right) place("published", text, x + 4, w);
      else if (left) place("published", text, x - 4 - w, w);
    }
  }

  const bands: PeriodBand[] = input.periods
    .map((period) => {
      const start = eventInterval({ start: period.start }).start;
      const end = period.end ? eventInterval({ start: period.end }).end : input.lastTime;
      return { period, start, end };
    })
    .filter(({ start, end }) => end > view.start && start < view.end && end > start)
    .sort((a, b) => a.start - b.start || a.period.id.localeCompare(b.period.id))
    .map(({ period, start, end }, i) => ({
      id: period.id,
      title: period.title,
      note: period.note,
      x0: Math.max(-20, timeToX(view, width, start)),
      x1: Math.min(width + 20, timeToX(view, width, end)),
      shade: (i % 2) as 0 | 1,
    }));

  // Names, the latest-starting first (the one most in view), each at its band's visible start.
  for (const band of [...bands].reverse()) {
    const w = textWidth(band.title);
    const from = Math.max(band.x0, 0) + 4;
    const to = Math.min(band.x1, width) - 4;
    const free = freeSpans(texts, width)
      .map((s) => ({ x0: Math.max(s.x0, from), x1: Math.min(s.x1, to) }))
      .filter((s) => s.x1 - s.x0 >= Math.min(w, MIN_NAME_PX));
    const span = free.find((s) => s.x1 - s.x0 >= w) ?? free[0];
    if (span) place(`period:${band.id}`, band.title, span.x0, Math.min(w, span.x1 - span.x0));
  }

  texts.sort((a, b) => a.x - b.x);
  return {
    bands,
    shading: bandShading(bands),
    texts,
    publishedX,
    earlier: input.earlier,
    later: input.later,
  };
}

/**
 * The bands' shading as stretches: a band alone shows its own shade, where two or more overlap
 * one darker shade shows, however many they are. Each band drawn over the others, 500 overlapping
 * eras of a TimelineJS sheet made a near-black block over the events (review 23). A sweep over the
 * bands' ends: O(n log n).
 */
export function bandShading(bands: readonly PeriodBand[]): BandShading[] {
  const ends = bands
    .flatMap((band, i) => [
      { x: band.x0, i, opens: true },
      { x: band.x1, i, opens: false },
    ])
    .sort((a, b) => a.x - b.x || Number(a.opens) - Number(b.opens));
  const open = new Set<number>();
  const out: BandShading[] = [];
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k];
    if (!end) continue;
    if (end.opens) open.add(end.i);
    else open.delete(end.i);
    const next = ends[k + 1]?.x;
    if (next === undefined || next <= end.x || open.size === 0) continue;
    const [only] = open;
    const shade = open.size > 1 ? 2 : (bands[only ?? -1]?.shade ?? 0);
    const last = out.at(-1);
    if (last && last.x1 === end.x && last.shade === shade) last.x1 = next;
    else out.push({ x0: end.x, x1: next, shade });
  }
  return out;
}
