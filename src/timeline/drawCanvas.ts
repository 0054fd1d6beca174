/**
 * Canvas drawing for dense views: density bars for crowded bins, single
 * marks for lone events, wide events as bars. Only what the window shows is
 * drawn (the bins come from `binVisible`, O(visible)).
 */
import type { Interval } from "../data/dates";
import { passes } from "../store/selectors";
import type { LaneGeometry } from "./laneGeometry";
import { type Bins, densityHeight } from "./levelOfDetail";
import { MIN_BAR_PX, POINT_PX } from "./marks";
import { kindOf, type TimelineModel } from "./timelineModel";
import { timeToX } from "./timeScale";

export interface CanvasScene {
  model: TimelineModel;
  bins: Bins;
  view: Interval;
  width: number;
  geometry: LaneGeometry;
  colours: string[];
  /** Events of the place in focus, drawn strong over a dimmed rest; null when no place is in focus. */
  focusSet: ReadonlySet<number> | null;
  dimOpacity: number;
  mask: Uint8Array | null;
}

type Context = CanvasRenderingContext2D;

/** Approximate marks, as `.is-approximate` in timeline.css. */
const APPROXIMATE_ALPHA = 0.75;

function drawMark(
  context: Context,
  scene: CanvasScene,
  position: number,
  lane: number,
  alpha: number,
): void {
  const { model, view, width, geometry, colours } = scene;
  const { kind, approximate } = kindOf(model, position);
  const start = timeToX(view, width, model.index.starts[position] ?? 0);
  const end = timeToX(view, width, model.index.ends[position] ?? 0);
  const y = (geometry.laneTops[lane] ?? 0) + geometry.markY;
  const half = geometry.markHeight / 2;
  const colour = colours[lane] ?? "#555";
  context.fillStyle = colour;
  context.strokeStyle = colour;
  // Approximate dates are softer, dimmed ones dimmer, never both: either keeps 3:1 on the surface.
  const markAlpha = approximate && alpha === 1 ? APPROXIMATE_ALPHA : alpha;
  context.globalAlpha = markAlpha;
  if (kind === "point") {
    const x = (start + end) / 2;
    const r = POINT_PX / 2 - 1;
    context.beginPath();
    context.moveTo(x, y - r);
    context.lineTo(x + r, y);
    context.lineTo(x, y + r);
    context.lineTo(x - r, y);
    context.closePath();
    context.fill();
    return;
  }
  let x0 = Math.max(-4, start);
  let x1 = Math.min(width + 4, end);
  if (x1 - x0 < MIN_BAR_PX) {
    const middle = (start + end) / 2;
    x0 = middle - MIN_BAR_PX / 2;
    x1 = middle + MIN_BAR_PX / 2;
  }
  if (kind === "span") {
    context.fillRect(x0, y - half * 0.7, x1 - x0, half * 1.4);
    return;
  }
  // A period: a faint fill with a full-colour outline.
  context.globalAlpha = markAlpha * 0.25;
  context.fillRect(x0, y - half, x1 - x0, half * 2);
  context.globalAlpha = markAlpha;
  context.lineWidth = 1.5;
  context.setLineDash(approximate ? [3, 2] : []);
  context.strokeRect(x0 + 0.75, y - half + 0.75, x1 - x0 - 1.5, half * 2 - 1.5);
  context.setLineDash([]);
}

/** Coverage of wide events in four steps of strength, lightest first. */
const COVER_ALPHAS = [0.2, 0.35, 0.5, 0.7];

/**
 * One lane's crowd in few draw calls: every density bar, lone day and lone
 * span of the lane goes into one path, filled once; only lone months and
 * years (outlined) are drawn one by one. Software canvases pay per call.
 */
function drawLane(context: Context, scene: CanvasScene, lane: number, alpha: number): void {
  const { model, bins, geometry, colours, view, width } = scene;
  const colour = colours[lane] ?? "#555";
  const laneTop = geometry.laneTops[lane] ?? 0;
  const rowBottom = laneTop + geometry.markY + geometry.markHeight / 2;
  // Density bars rise from the marks' baseline to just below the lane's top.
  const rowHeight = geometry.markY + geometry.markHeight / 2 - 2;
  const y = laneTop + geometry.markY;
  const half = geometry.markHeight / 2;
  const solid = new Path2D();
  const soft = new Path2D();
  const r = POINT_PX / 2 - 1;
  for (let bin = 0; bin < bins.binCount; bin++) {
    const cell = lane * bins.binCount + bin;
    const count = bins.counts[cell] ?? 0;
    if (count === 0) continue;
    if (count > 1) {
      const h = Math.max(3, densityHeight(count, bins.maxCount) * rowHeight);
      solid.rect(bin * bins.binPx + 1, rowBottom - h, bins.binPx - 2, h);
      continue;
    }
    const position = bins.lone[cell] ?? 0;
    const { kind, approximate } = kindOf(model, position);
    if (kind === "period") {
      drawMark(context, scene, position, lane, alpha);
      continue;
    }
    const path = approximate ? soft : solid;
    const start = timeToX(view, width, model.index.starts[position] ?? 0);
    const end = timeToX(view, width, model.index.ends[position] ?? 0);
    if (kind === "point") {
      const x = (start + end) / 2;
      path.moveTo(x, y - r);
      path.lineTo(x + r, y);
      path.lineTo(x, y + r);
      path.lineTo(x - r, y);
      path.closePath();
    } else {
      const x0 = Math.min(start, (start + end) / 2 - MIN_BAR_PX / 2);
      const x1 = Math.max(end, (start + end) / 2 + MIN_BAR_PX / 2);
      path.rect(x0, y - half * 0.7, x1 - x0, half * 1.4);
    }
  }
  context.fillStyle = colour;
  context.globalAlpha = alpha;
  context.fill(solid);
  context.globalAlpha = alpha === 1 ? APPROXIMATE_ALPHA : alpha;
  context.fill(soft);
}

/** Wide events too many to draw one by one: a band per lane, stronger where more of them overlap. */
function drawCover(context: Context, scene: CanvasScene, cover: Uint32Array, alpha: number): void {
  const { bins, geometry, colours } = scene;
  const top = geometry.markY - geometry.markHeight / 2;
  for (let lane = 0; lane < bins.laneCount; lane++) {
    const steps = COVER_ALPHAS.map(() => new Path2D());
    for (let bin = 0; bin < bins.binCount; bin++) {
      const count = cover[lane * bins.binCount + bin] ?? 0;
      if (count === 0) continue;
      const level = Math.min(3, Math.floor(densityHeight(count, scene.bins.maxCover) * 3.999));
      steps[level]?.rect(
        bin * bins.binPx,
        (geometry.laneTops[lane] ?? 0) + top,
        bins.binPx,
        geometry.markHeight,
      );
    }
    context.fillStyle = colours[lane] ?? "#555";
    steps.forEach((path, level) => {
      context.globalAlpha = alpha * (COVER_ALPHAS[level] ?? 1);
      context.fill(path);
    });
  }
}

function drawLayer(context: Context, scene: CanvasScene, alpha: number): void {
  const { model, bins } = scene;
  const { laneOf } = model.spatial;
  if (bins.cover) drawCover(context, scene, bins.cover, alpha);
  for (const position of bins.wide)
    drawMark(context, scene, position, laneOf[position] ?? 0, alpha);
  for (let lane = 0; lane < bins.laneCount; lane++) drawLane(context, scene, lane, alpha);
}

export function drawCanvasScene(context: Context, scene: CanvasScene): void {
  const { focusSet, model, view } = scene;
  context.globalAlpha = 1;
  drawLayer(context, scene, focusSet ? scene.dimOpacity : 1);
  if (!focusSet) return;
  const { laneOf } = model.spatial;
  for (const position of focusSet) {
    const start = model.index.starts[position] ?? 0;
    const end = model.index.ends[position] ?? 0;
    if (end <= view.start || start >= view.end || !passes(scene.mask, position)) continue;
    drawMark(context, scene, position, laneOf[position] ?? 0, 1);
  }
  context.globalAlpha = 1;
}
