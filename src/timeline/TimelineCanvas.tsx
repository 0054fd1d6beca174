import { type RefObject, useLayoutEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { type AxisStyle, drawAxis } from "./drawAxis";
import { drawCanvasScene } from "./drawCanvas";
import { followView } from "./followView";
import { AXIS_HEIGHT, type LaneGeometry } from "./laneGeometry";
import { binVisible } from "./levelOfDetail";
import { timeTicks } from "./ticks";
import type { TimelineModel } from "./timelineModel";
import type { WindowSource } from "./windowSource";

/** Everything a frame draws, except the window. */
export interface Frame {
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
}

function paint(
  canvas: HTMLCanvasElement,
  surface: HTMLElement | null,
  frame: Frame,
  view: Interval,
): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const { width, geometry, model } = frame;
  const height = geometry.lanesHeight + AXIS_HEIGHT;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  drawAxis(context, timeTicks(view, width, frame.tickSpacing), geometry, frame.axis);
  if (!frame.dense) return;
  const bins = binVisible(model.spatial, view, width, frame.mask);
  drawCanvasScene(context, { ...frame, bins, view });
  if (surface) followView(surface, model, view, width, geometry);
}

/**
 * The axis, and in dense views every event, on one canvas. It redraws when
 * its frame changes (a React render) and on every change of the live window
 * (once per animation frame), without waiting for React.
 */
export function TimelineCanvas(props: {
  frame: Frame;
  source: WindowSource;
  surfaceRef: RefObject<HTMLElement | null>;
}) {
  const { frame, source, surfaceRef } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef(frame);
  latest.current = frame;
  const drawRef = useRef(() => {});

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drawnFrame: Frame | null = null;
    let drawnView: Interval | null = null;
    const draw = () => {
      const view = source.get();
      if (drawnFrame === latest.current && drawnView === view) return;
      drawnFrame = latest.current;
      drawnView = view;
      paint(canvas, surfaceRef.current, drawnFrame, view);
    };
    drawRef.current = draw;
    draw();
    let request = 0;
    const unsubscribe = source.subscribe(() => {
      if (request !== 0) return;
      request = requestAnimationFrame(() => {
        request = 0;
        draw();
      });
    });
    // Labels drawn before the bundled font arrived are drawn again with it.
    let live = true;
    document.fonts?.ready.then(() => {
      if (!live) return;
      drawnFrame = null;
      draw();
    });
    return () => {
      live = false;
      unsubscribe();
      cancelAnimationFrame(request);
    };
  }, [source, surfaceRef]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new frame is drawn (draw reads it from `latest`).
  useLayoutEffect(() => drawRef.current(), [frame]);

  return (
    <div className="tl-canvas-layer" aria-hidden="true">
      <canvas
        ref={canvasRef}
        className="tl-canvas"
        data-testid="timeline-canvas"
        data-dense={frame.dense}
        data-tick-label-colour={frame.axis.label}
        data-major-tick-label-colour={frame.axis.majorLabel}
      />
    </div>
  );
}
