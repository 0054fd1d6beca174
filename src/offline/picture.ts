/**
 * "Download image": the current view as a PNG at 2× (see pictureLayout.ts):
 * the map, rendered at the picture's resolution (MapAdapter.picture), then the
 * timeline of the current window, the title, the source and the map's
 * attribution, drawn as text on one canvas, every word in the page's language.
 */
import "../ui/panelMessages";
import { metaTexts } from "../i18n/datasetText";
import { formatEventDateIn } from "../i18n/formatDate";
import { i18n } from "../i18n/i18n";
import { isolate } from "../i18n/isolate";
import type { Language } from "../i18n/languages";
import { loadScriptFont } from "../i18n/scriptFont";
import { showsNoPlaces } from "../map/NoPlacesOnMap";
import type { ShownMap } from "../map/shownMap";
import { selectLanguage } from "../store/languageSlice";
import { eventTitle, passes, selectFilterMask } from "../store/selectors";
import type { AppState } from "../store/types";
import { axisLabelFont } from "../timeline/drawAxis";
import { laneColourVars, resolveColours } from "../timeline/laneColours";
import { lanesIn } from "../timeline/laneNames";
import { assignLanes, type Lane, lanesWithShown, shownPerLane } from "../timeline/lanes";
import { shownLaneKey, timelineModelOf } from "../timeline/timelineModel";
import { mapPictureFor } from "./drawnAt";
import {
  type Box,
  laneNamesWidth,
  PICTURE,
  PICTURE_AXIS_FONT_PX,
  PICTURE_BANDS,
  PICTURE_ROWS,
  type PictureLayout,
  pictureLayout,
  pictureMapRatio,
  rowY,
  type TimelinePicture,
  timelinePicture,
} from "./pictureLayout";
import { pictureRows } from "./pictureRows";
import { SaveError } from "./saveError";
import { titleFileName } from "./titleFileName";

/** The page's --font, for a page without the stylesheet. */
const FALLBACK_FONT = '"Noto Sans", "Noto Sans JP", "Noto Sans SC", system-ui, sans-serif';
const SEA = "#dbe7f0";

/** The picture's title and subtitle in the page's language, as the reader sees them. */
export function pictureHeading(state: AppState): { title: string; subtitle: string } {
  const lang = selectLanguage(state);
  const title = state.index ? metaTexts(state.index.dataset.meta, lang).title.text : "";
  const selected = state.selectedEventId ? state.index?.byId.get(state.selectedEventId) : null;
  const subtitle = selected
    ? `${isolate(eventTitle(state.index, state.names, selected, lang))} — ${formatEventDateIn(selected, lang)}`
    : "";
  return { title, subtitle };
}

/**
 * The footer's two lines in the page's language: the source with its date as the page writes it,
 * and the map's credit (none for a picture without a map: `attribution` "").
 */
export function pictureFooter(
  state: AppState,
  attribution: string,
): { source: string; attribution: string } {
  const lang = selectLanguage(state);
  const t = i18n.getFixedT(lang);
  const cited = state.index?.dataset.meta.source;
  const parts = cited
    ? [cited.title, cited.author, cited.publication]
        .filter((part): part is string => Boolean(part))
        .map(isolate)
        .concat(
          // The print view's and the introduction's form: "2 April 2018", "2018年4月2日".
          cited.date ? [formatEventDateIn({ start: cited.date }, lang)] : [],
        )
    : [];
  return {
    // Joined as the page's language lists (、 in Japanese), as the About panel and the print view do.
    source: parts.length > 0 ? `${t("print.source")}${parts.join(t("search.separator"))}` : "",
    attribution: attribution ? t("save.imageMap", { attribution }) : "",
  };
}

/** Everything the picture shows, worked out before a pixel is drawn. */
export interface PicturePlan {
  lang: Language;
  layout: PictureLayout;
  heading: { title: string; subtitle: string };
  footer: { source: string; attribution: string };
  /** Said where the map would be, when there is none to draw. */
  noMap: string;
  /** The page's lanes, named as the page names them. */
  lanes: Lane[];
  colourVars: string[];
  namesWidth: number;
  timeline: TimelinePicture | null;
}

/** Each event's lane among the lanes `kept` (one left out counts as the first: its events are not shown). */
function keptLaneOf(laneOf: Uint8Array, kept: readonly boolean[]): Uint8Array {
  const renumbered: number[] = [];
  let next = 0;
  for (const keep of kept) renumbered.push(keep ? next++ : 0);
  return laneOf.map((lane) => renumbered[lane] ?? 0);
}

/**
 * The plan of the picture of `state` with a map of `mapAspect` (width / height; 0 for one that
 * cannot be drawn). A story the page shows no map for (showsNoPlaces) has none in its picture
 * either, nor a map's credit: it had the last story's map, or "The map could not be drawn".
 */
export function picturePlan(state: AppState, attribution: string, mapAspect: number): PicturePlan {
  const withMap = !showsNoPlaces(state.index, state.editor !== null);
  const lang = selectLanguage(state);
  const index = state.index;
  const window = state.timeWindow;
  const assigned = index ? assignLanes(index.events, shownLaneKey(index)) : null;
  const mask = selectFilterMask(state);
  const allLanes = index && assigned ? lanesIn(assigned.lanes, index.dataset.meta, lang) : [];
  // Lanes a filter leaves empty take no row, as on the page (an empty Soviet Union lane was drawn),
  // and the others keep the page's colours.
  const kept = assigned
    ? lanesWithShown(shownPerLane(assigned.laneOf, allLanes.length, mask))
    : null;
  const lanes = kept ? allLanes.filter((_, lane) => kept[lane]) : allLanes;
  const colourVars = laneColourVars(allLanes).filter((_, lane) => !kept || kept[lane]);
  const laneOf = kept && assigned ? keptLaneOf(assigned.laneOf, kept) : assigned?.laneOf;
  const namesWidth = laneNamesWidth(lanes.map((lane) => lane.label));
  const timelineWidth = PICTURE.width - 2 * PICTURE_BANDS.margin - namesWidth;
  const stacked =
    index && window
      ? pictureRows({
          model: timelineModelOf(index, shownLaneKey(index)),
          window,
          width: timelineWidth,
          mask,
          selected: index.byId.get(state.selectedEventId ?? "")?.order ?? -1,
          title: (position) => {
            const event = index.events[position];
            return event ? eventTitle(index, state.names, event, lang) : "";
          },
          lang,
          shownLanes: kept,
          maxRows: withMap ? PICTURE_ROWS.withMap : PICTURE_ROWS.withoutMap,
        })
      : null;
  const laneRows = stacked ? stacked.rows.filter((_, lane) => !kept || kept[lane]) : [];
  const layout = pictureLayout(withMap ? mapAspect : null, laneRows);
  const timeline =
    index && window && laneOf
      ? timelinePicture(
          index.events,
          laneOf,
          window,
          layout.timeline.width - namesWidth,
          (event) => passes(mask, event.order),
          state.selectedEventId,
          lang,
          stacked?.rowOf,
        )
      : null;
  return {
    lang,
    layout,
    heading: pictureHeading(state),
    footer: pictureFooter(state, withMap ? attribution : ""),
    noMap: i18n.getFixedT(lang)("save.imageNoMap"),
    lanes,
    colourVars,
    namesWidth,
    timeline,
  };
}

/** The picture follows the page's theme, as the map it shows does. */
export interface Palette {
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

/** The page's own font stack: Noto Sans JP on a Japanese page, SC on a Chinese one (scriptFonts.css). */
function pageFont(): string {
  return getComputedStyle(document.body).fontFamily || FALLBACK_FONT;
}

/**
 * The faces the picture's words need. Noto Sans JP and SC (and Noto Sans's
 * Cyrillic) come in unicode-range subsets that the page fetches only for the
 * characters it has shown, the JP or SC stylesheet itself only once that
 * language is first shown; a canvas does not wait for them and draws a face
 * still loading with the fallback's, which on a machine without CJK fonts
 * is boxes (出典 of the footer is on no page).
 */
async function loadFaces(plan: PicturePlan, font: string): Promise<void> {
  await loadScriptFont(plan.lang);
  const words = [
    plan.heading.subtitle,
    plan.footer.source,
    plan.footer.attribution,
    plan.noMap,
    ...plan.lanes.map((lane) => lane.label),
    ...(plan.timeline?.ticks.map((tick) => tick.label) ?? []),
  ].join(" ");
  // The axis's semibold labels (drawPictureAxis) need that face's subsets too ("апр.", "4月").
  const majors = plan.timeline?.labels.filter((label) => label.major).map((label) => label.text);
  try {
    await Promise.all([
      document.fonts.load(`600 24px ${font}`, plan.heading.title || " "),
      document.fonts.load(`600 ${PICTURE_AXIS_FONT_PX}px ${font}`, majors?.join(" ") || " "),
      document.fonts.load(`13px ${font}`, words),
    ]);
  } catch {
    // A face that cannot be fetched (offline) leaves the fallback's: the picture is still worth saving.
  }
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
  plan: PicturePlan,
  palette: Palette,
  font: string,
) {
  const box = plan.layout.map;
  if (!box) return;
  if (!canvas || canvas.width === 0 || canvas.height === 0) {
    ctx.fillStyle = SEA;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = palette.muted;
    ctx.font = `16px ${font}`;
    ctx.textAlign = "center";
    ctx.fillText(plan.noMap, box.x + box.width / 2, box.y + box.height / 2);
    ctx.textAlign = "start";
    return;
  }
  // The whole map, as the page shows it (pictureLayout gave the box its aspect ratio).
  ctx.drawImage(canvas, 0, 0, canvas.width, canvas.height, box.x, box.y, box.width, box.height);
  ctx.strokeStyle = palette.grid;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
}

function drawTimeline(
  ctx: CanvasRenderingContext2D,
  plan: PicturePlan,
  colourSource: Element,
  palette: Palette,
  font: string,
) {
  const picture = plan.timeline;
  if (!picture) return;
  const box: Box = plan.layout.timeline;
  const lanes = plan.layout.lanes;
  const left = plan.namesWidth;
  const colours = resolveColours(colourSource, plan.colourVars);
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.font = `13px ${font}`;
  ctx.textBaseline = "middle";
  plan.lanes.forEach((lane, i) => {
    const pictured = lanes[i];
    if (!pictured) return;
    ctx.fillStyle = palette.ink;
    ctx.fillText(fitText(ctx, lane.label, left - 12), 0, rowY(pictured, 0));
    ctx.strokeStyle = palette.grid;
    ctx.beginPath();
    for (let row = 0; row < pictured.rows; row++) {
      const y = rowY(pictured, row);
      ctx.moveTo(left, y);
      ctx.lineTo(box.width, y);
    }
    ctx.stroke();
  });
  for (const mark of picture.marks) {
    const lane = lanes[mark.lane];
    if (!lane) continue;
    const y = rowY(lane, mark.row);
    ctx.fillStyle = colours[mark.lane] ?? palette.ink;
    if (mark.width > 0) {
      // Spans see-through, so the points and spans they cover stay visible.
      ctx.globalAlpha = 0.45;
      ctx.fillRect(left + mark.x, y - 4, mark.width, 8);
      ctx.globalAlpha = 1;
    } else {
      ctx.beginPath();
      ctx.arc(left + mark.x, y, mark.selected ? 7 : 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (mark.selected) {
      ctx.strokeStyle = palette.ink;
      ctx.lineWidth = 2;
      ctx.strokeRect(left + mark.x - 9, y - 9, Math.max(18, mark.width + 18), 18);
      ctx.lineWidth = 1;
    }
  }
  drawPictureAxis(
    ctx,
    picture,
    left,
    box.width,
    (lanes.at(-1)?.top ?? 0) + (lanes.at(-1)?.height ?? 0) + 4,
    palette,
    font,
  );
  ctx.restore();
}

/**
 * The timeline's axis at `y`, from `left` to `right`: its line, a mark at every tick, and the
 * labels axisLabels placed (timelinePicture), each just right of its tick.
 */
export function drawPictureAxis(
  ctx: CanvasRenderingContext2D,
  picture: Pick<TimelinePicture, "ticks" | "labels">,
  left: number,
  right: number,
  y: number,
  palette: Pick<Palette, "ink" | "muted">,
  font: string,
): void {
  ctx.strokeStyle = palette.muted;
  ctx.beginPath();
  ctx.moveTo(left, y);
  ctx.lineTo(right, y);
  // A mark at every tick: a label starts just right of its date, as on the page's axis.
  for (const tick of picture.ticks) {
    const x = Math.round(left + tick.x) + 0.5;
    ctx.moveTo(x, y);
    ctx.lineTo(x, y + 5);
  }
  ctx.stroke();
  // The labels of a new year or month in the page axis's semibold and in ink, as on the page.
  for (const label of picture.labels) {
    ctx.font = axisLabelFont(label.major, PICTURE_AXIS_FONT_PX, font);
    ctx.fillStyle = label.major ? palette.ink : palette.muted;
    ctx.fillText(label.text, left + label.x, y + 14);
  }
}

/** Draws the planned picture on a new canvas of PICTURE × scale pixels, with the map's canvas. */
export function drawPicture(
  plan: PicturePlan,
  mapCanvas: HTMLCanvasElement | null,
  colourSource: Element = document.documentElement,
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = PICTURE.width * PICTURE.scale;
  canvas.height = PICTURE.height * PICTURE.scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new SaveError("cannotDraw");
  ctx.scale(PICTURE.scale, PICTURE.scale);
  const palette = paletteOf(colourSource);
  const font = pageFont();
  const { layout } = plan;
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, PICTURE.width, PICTURE.height);
  drawMap(ctx, mapCanvas, plan, palette, font);

  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = palette.ink;
  ctx.font = `600 24px ${font}`;
  ctx.fillText(fitText(ctx, plan.heading.title, layout.title.width), layout.title.x, 34);
  ctx.font = `15px ${font}`;
  ctx.fillStyle = palette.muted;
  ctx.fillText(fitText(ctx, plan.heading.subtitle, layout.title.width), layout.title.x, 56);

  drawTimeline(ctx, plan, colourSource, palette, font);

  ctx.font = `12px ${font}`;
  ctx.fillStyle = palette.muted;
  const footerY = layout.footer.y + 24;
  ctx.fillText(
    fitText(ctx, plan.footer.source, layout.footer.width * 0.66),
    layout.footer.x,
    footerY,
  );
  ctx.textAlign = "right";
  ctx.fillText(
    fitText(ctx, plan.footer.attribution, layout.footer.width * 0.32),
    layout.footer.x + layout.footer.width,
    footerY,
  );
  return canvas;
}

/**
 * The picture of the current view: planned, its words' faces loaded, then
 * the map taken at the resolution of its box in the picture (not the page's
 * canvas stretched) and everything drawn.
 */
export async function makePicture(
  state: AppState,
  map: ShownMap | null | undefined,
  attribution: string,
  colourSource: Element = document.documentElement,
): Promise<HTMLCanvasElement> {
  const size = map?.size();
  const aspect = size && size.height > 0 ? size.width / size.height : 0;
  const plan = picturePlan(state, attribution, aspect);
  await loadFaces(plan, pageFont());
  const box = plan.layout.map;
  if (!box || !map || !size) return drawPicture(plan, null, colourSource);
  // A phone's strip is drawn anew at its box's size, at the picture's pixels (redrawnView).
  const picture = mapPictureFor(
    map,
    size,
    box,
    PICTURE.scale,
    pictureMapRatio(size.width, box.width),
  );
  return drawPicture(plan, picture, colourSource);
}

/** The picture's file is named by the title it shows, in the page's language (review 39 R9). */
export function pictureFileName(state: AppState): string {
  return titleFileName(pictureHeading(state).title, "png", "timeline");
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded"))),
      "image/png",
    ),
  );
}
