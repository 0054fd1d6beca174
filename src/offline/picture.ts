/**
 * "Download image": the current view as a PNG at 2× (see pictureLayout.ts):
 * the map's canvas, redrawn at once so its drawing buffer is fresh, then the
 * timeline of the current window, the title, the source and the map's
 * attribution, drawn as text on one canvas.
 */
import { metaTexts } from "../i18n/datasetText";
import { formatEventDateIn } from "../i18n/formatDate";
import { selectLanguage } from "../store/languageSlice";
import { eventTitle, passes, selectFilterMask } from "../store/selectors";
import type { AppState } from "../store/types";
import { laneColourVars, resolveColours } from "../timeline/laneColours";
import { copyFileName } from "./fillTemplate";
import { type Box, coverCrop, PICTURE, pictureLayout, timelinePicture } from "./pictureLayout";

// The page's own stack (--font): Japanese and Chinese titles draw with the faces the page has loaded.
const FONT = '"Noto Sans", "Noto Sans JP", system-ui, sans-serif';

/** The picture's title and subtitle in the page's language, as the reader sees them. */
export function pictureHeading(state: AppState): { title: string; subtitle: string } {
  const lang = selectLanguage(state);
  const title = state.index ? metaTexts(state.index.dataset.meta, lang).title.text : "";
  const selected = state.selectedEventId ? state.index?.byId.get(state.selectedEventId) : null;
  const subtitle = selected
    ? `${eventTitle(state.index, state.names, selected, lang)} — ${formatEventDateIn(selected, lang)}`
    : "";
  return { title, subtitle };
}
const SEA = "#dbe7f0";

/** The picture follows the page's theme, as the map it shows does. */
interface Palette {
  background: string;
  ink: string;
  muted: string;
  grid: string;
}

function paletteOf(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read("--surface", "#ffffff"),
    ink: read("--text", "#1b1f24"),
    muted: read("--text-muted", "#4a5360"),
    grid: read("--border", "#c9ced6"),
  };
}

/** A fresh image of the map: MapLibre's buffer is cleared after each frame unless drawn again now. */
function sourceLine(state: AppState): string {
  const source = state.index?.dataset.meta.source;
  if (!source) return "";
  const parts = [source.title, source.author, source.publication, source.date].filter(Boolean);
  return `Source: ${parts.join(", ")}`;
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawMap(
  ctx: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement | null,
  box: Box,
  palette: Palette,
) {
  ctx.fillStyle = SEA;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  if (!canvas || canvas.width === 0 || canvas.height === 0) {
    ctx.fillStyle = palette.muted;
    ctx.font = `16px ${FONT}`;
    ctx.fillText("The map is not available in this browser.", box.x + 24, box.y + box.height / 2);
    return;
  }
  const crop = coverCrop(canvas.width, canvas.height, box);
  ctx.drawImage(
    canvas,
    crop.x,
    crop.y,
    crop.width,
    crop.height,
    box.x,
    box.y,
    box.width,
    box.height,
  );
}

function drawTimeline(
  ctx: CanvasRenderingContext2D,
  state: AppState,
  box: Box,
  colourSource: Element,
  palette: Palette,
) {
  const index = state.index;
  const window = state.timeWindow;
  if (!index || !window) return;
  const labelWidth = 120;
  const plotWidth = box.width - labelWidth;
  const mask = selectFilterMask(state);
  const picture = timelinePicture(
    index.events,
    window,
    plotWidth,
    (event) => passes(mask, event.order),
    state.selectedEventId,
  );
  const colours = resolveColours(colourSource, laneColourVars(picture.lanes));
  const axisHeight = 24;
  const laneHeight = Math.min(28, (box.height - axisHeight) / Math.max(1, picture.lanes.length));
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.font = `13px ${FONT}`;
  ctx.textBaseline = "middle";
  picture.lanes.forEach((lane, i) => {
    const y = i * laneHeight + laneHeight / 2;
    ctx.fillStyle = palette.ink;
    ctx.fillText(fitText(ctx, lane.label, labelWidth - 12), 0, y);
    ctx.strokeStyle = palette.grid;
    ctx.beginPath();
    ctx.moveTo(labelWidth, y);
    ctx.lineTo(box.width, y);
    ctx.stroke();
  });
  for (const mark of picture.marks) {
    const y = mark.lane * laneHeight + laneHeight / 2;
    ctx.fillStyle = colours[mark.lane] ?? palette.ink;
    if (mark.width > 0) {
      // Spans see-through, so the points and spans they cover stay visible.
      ctx.globalAlpha = 0.45;
      ctx.fillRect(labelWidth + mark.x, y - 4, mark.width, 8);
      ctx.globalAlpha = 1;
    } else {
      ctx.beginPath();
      ctx.arc(labelWidth + mark.x, y, mark.selected ? 7 : 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (mark.selected) {
      ctx.strokeStyle = palette.ink;
      ctx.lineWidth = 2;
      ctx.strokeRect(labelWidth + mark.x - 9, y - 9, Math.max(18, mark.width + 18), 18);
      ctx.lineWidth = 1;
    }
  }
  const axisY = picture.lanes.length * laneHeight + 4;
  ctx.strokeStyle = palette.muted;
  ctx.beginPath();
  ctx.moveTo(labelWidth, axisY);
  ctx.lineTo(box.width, axisY);
  ctx.stroke();
  ctx.fillStyle = palette.muted;
  ctx.font = `12px ${FONT}`;
  ctx.textAlign = "center";
  for (const tick of picture.ticks) {
    ctx.fillText(tick.label, labelWidth + tick.x, axisY + 12);
  }
  ctx.restore();
}

/** Draws the picture on a new canvas of PICTURE × scale pixels. */
export function drawPicture(
  state: AppState,
  mapCanvas: HTMLCanvasElement | null,
  attribution: string,
  colourSource: Element = document.documentElement,
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = PICTURE.width * PICTURE.scale;
  canvas.height = PICTURE.height * PICTURE.scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw pictures");
  ctx.scale(PICTURE.scale, PICTURE.scale);
  const palette = paletteOf(colourSource);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, PICTURE.width, PICTURE.height);
  const layout = pictureLayout();
  drawMap(ctx, mapCanvas, layout.map, palette);

  const { title, subtitle } = pictureHeading(state);
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = palette.ink;
  ctx.font = `600 24px ${FONT}`;
  ctx.fillText(fitText(ctx, title, layout.title.width), layout.title.x, 34);
  ctx.font = `15px ${FONT}`;
  ctx.fillStyle = palette.muted;
  ctx.fillText(fitText(ctx, subtitle, layout.title.width), layout.title.x, 56);

  drawTimeline(ctx, state, layout.timeline, colourSource, palette);

  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = palette.muted;
  const footerY = layout.footer.y + 24;
  ctx.fillText(
    fitText(ctx, sourceLine(state), layout.footer.width * 0.66),
    layout.footer.x,
    footerY,
  );
  ctx.textAlign = "right";
  ctx.fillText(
    fitText(ctx, `Map: ${attribution}`, layout.footer.width * 0.32),
    layout.footer.x + layout.footer.width,
    footerY,
  );
  return canvas;
}

export function pictureFileName(state: AppState): string {
  return copyFileName(state.index?.dataset.meta.title ?? "timeline", "png");
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded"))),
      "image/png",
    ),
  );
}
