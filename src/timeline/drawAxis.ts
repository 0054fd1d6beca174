/**
 * The time axis on canvas: tick lines through the lanes and their labels
 * below. Drawn with every frame of a gesture, so it costs no DOM work.
 * Colours and fonts come from the theme's CSS, read once per theme.
 */
import type { LaneGeometry } from "./laneGeometry";
import { axisLabels, type Tick } from "./ticks";

export interface AxisStyle {
  tick: string;
  majorTick: string;
  label: string;
  majorLabel: string;
  font: string;
  majorFont: string;
}

/** Tick lines run this far below the lanes; labels sit on this baseline below them. */
const TICK_OVERHANG = 6;
const LABEL_BASELINE = 18;
/** The labels' font size, which their estimated widths (axisLabels) are reckoned in. */
const LABEL_FONT_PX = 11;
/** Major tick lines are softer than their colour, as the SVG axis drew them. */
const MAJOR_TICK_ALPHA = 0.6;

/** The axis colours and fonts of the theme, from `.tl`'s custom properties and font. */
export function resolveAxisStyle(element: Element): AxisStyle {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const family = style.fontFamily || "sans-serif";
  return {
    tick: value("--tl-border", "#c9ced6"),
    majorTick: value("--tl-muted", "#4a5360"),
    label: value("--tl-muted", "#4a5360"),
    majorLabel: value("--tl-text", "#1b1f24"),
    font: axisLabelFont(false, LABEL_FONT_PX, family),
    majorFont: axisLabelFont(true, LABEL_FONT_PX, family),
  };
}

/**
 * A label's font: semibold where its tick is major (a new year, or month in views under a
 * year), so "2018" and "Apr" stand out as the larger unit's start. Also the saved picture's;
 * labelWidth's estimate holds for both weights.
 */
export const axisLabelFont = (major: boolean, fontPx: number, family: string): string =>
  `${major ? 600 : 400} ${fontPx}px ${family}`;

/** Tick lines for every tick; labels where they fit inside 0…`width` (axisLabels). */
export function drawAxis(
  context: CanvasRenderingContext2D,
  ticks: readonly Tick[],
  width: number,
  geometry: LaneGeometry,
  style: AxisStyle,
): void {
  const bottom = geometry.lanesHeight + TICK_OVERHANG;
  context.lineWidth = 1;
  for (const major of [false, true]) {
    context.beginPath();
    for (const tick of ticks) {
      if (tick.major !== major) continue;
      // Half-pixel offsets keep one-pixel lines crisp.
      const x = Math.round(tick.x) + 0.5;
      context.moveTo(x, 0);
      context.lineTo(x, bottom);
    }
    context.strokeStyle = major ? style.majorTick : style.tick;
    context.globalAlpha = major ? MAJOR_TICK_ALPHA : 1;
    context.stroke();
  }
  context.globalAlpha = 1;
  context.textBaseline = "alphabetic";
  const y = geometry.lanesHeight + LABEL_BASELINE;
  for (const label of axisLabels(ticks, width, LABEL_FONT_PX)) {
    context.font = label.major ? style.majorFont : style.font;
    context.fillStyle = label.major ? style.majorLabel : style.label;
    context.fillText(label.text, label.x, y);
  }
}
