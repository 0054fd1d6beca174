import { useLayoutEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import type { Language } from "../i18n/languages";
import { type AxisStyle, drawAxis } from "./drawAxis";
import { drawCanvasScene } from "./drawCanvas";
import { AXIS_HEIGHT, type LaneGeometry, STRIP_HEIGHT, sameGeometry } from "./laneGeometry";
import { binVisible } from "./levelOfDetail";
import { timeTicks } from "./ticks";
import type { TimelineModel } from "./timelineModel";
import { onEachFrame, type WindowSource } from "./windowSource";

/** Everything the canvas draws, except the window. */
export interface CanvasInputs {
  model: TimelineModel;
  width: number;
  geometry: LaneGeometry;
  mask: Uint8Array | null;
  focusSet: ReadonlySet<number> | null;
  colours: string[];
  dimOpacity: number;
  axis: AxisStyle;
  /** Minimum px between axis ticks. */
  tickSpacing: number;
  /** Many events in view: they are drawn here, and the DOM holds only pinned marks. */
  dense: boolean;
  /** The axis labels' language. */
  lang: Language;
}

/**
 * Whether two inputs draw the same: each value the same, the lanes' geometry compared by value.
 * A render after a gesture pauses brings new inputs (its layout makes the geometry anew) that
 * mostly draw what the gesture's last frame drew: at 100,000 events a second binning and drawing
 * of the same window, 3-10 ms (traced).
 */
export function sameCanvasInputs(a: CanvasInputs, b: CanvasInputs): boolean {
  return (Object.keys(a) as (keyof CanvasInputs)[]).every((key) =>
    key === "geometry" ? sameGeometry(a.geometry, b.geometry) : a[key] === b[key],
  );
}

function paint(canvas: HTMLCanvasElement, inputs: CanvasInputs, view: Interval): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const { width, geometry, model } = inputs;
  const height = geometry.lanesHeight + AXIS_HEIGHT;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  // Apart from the pixels: a new pixel ratio can keep the pixel size and change the CSS size.
  if (canvas.style.width !== `${width}px`) canvas.style.width = `${width}px`;
  if (canvas.style.height !== `${height}px`) canvas.style.height = `${height}px`;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const ticks = timeTicks(view, width, inputs.tickSpacing, inputs.lang);
  drawAxis(context, ticks, width, geometry, inputs.axis);
  if (!inputs.dense) return;
  const bins = binVisible(model.spatial, view, width, inputs.mask);
  // Lanes that scroll (lanesInView) are drawn between the strip and the axis only.
  const clipped = geometry.scrollMax > 0;
  if (clipped) {
    context.save();
    context.beginPath();
    context.rect(0, STRIP_HEIGHT, width, geometry.lanesHeight - STRIP_HEIGHT);
    context.clip();
  }
  drawCanvasScene(context, { ...inputs, bins, view });
  if (clipped) context.restore();
}

/** Calls `listener` whenever the device pixel ratio changes (browser zoom, another screen). */
function onPixelRatioChange(listener: () => void): () => void {
  let query: MediaQueryList | null = null;
  const watch = () => {
    query?.removeEventListener("change", changed);
    query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener("change", changed);
  };
  const changed = () => {
    watch();
    listener();
  };
  watch();
  return () => query?.removeEventListener("change", changed);
}

/**
 * The axis, and in dense views every event, on one canvas. It redraws when
 * its inputs change (a React render) and on every change of the live window
 * (once per animation frame), without waiting for React.
 */
export function TimelineCanvas(props: { inputs: CanvasInputs; source: WindowSource }) {
  const { inputs, source } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef(inputs);
  const drawRef = useRef(() => {});

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drawnInputs: CanvasInputs | null = null;
    let drawnView: Interval | null = null;
    const draw = () => {
      const view = source.get();
      if (drawnView === view && drawnInputs && sameCanvasInputs(drawnInputs, latest.current))
        return;
      drawnInputs = latest.current;
      drawnView = view;
      paint(canvas, drawnInputs, view);
    };
    drawRef.current = draw;
    draw();
    const stopFrames = onEachFrame(source, draw);
    // Labels drawn before their font arrived, or for another pixel ratio, are drawn again.
    let live = true;
    const redraw = () => {
      if (!live) return;
      drawnInputs = null;
      draw();
    };
    const { font, majorFont } = latest.current.axis;
    Promise.all([document.fonts?.load(font), document.fonts?.load(majorFont)]).then(redraw, redraw);
    const stopWatchingRatio = onPixelRatioChange(redraw);
    return () => {
      live = false;
      stopWatchingRatio();
      stopFrames();
    };
  }, [source]);

  // New inputs are drawn at once (the frame loop's draw reads them from `latest`).
  useLayoutEffect(() => {
    latest.current = inputs;
    drawRef.current();
  }, [inputs]);

  return (
    <div className="tl-canvas-layer" aria-hidden="true">
      <canvas
        ref={canvasRef}
        className="tl-canvas"
        data-testid="timeline-canvas"
        data-dense={inputs.dense}
        data-tick-label-colour={inputs.axis.label}
        data-major-tick-label-colour={inputs.axis.majorLabel}
      />
    </div>
  );
}
