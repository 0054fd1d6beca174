import { useLayoutEffect, useRef } from "react";
import { type CanvasScene, drawCanvasScene } from "./drawCanvas";

/** The canvas path for dense views; redrawn whenever its scene changes. */
export function DensityCanvas({ scene, height }: { scene: CanvasScene; height: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width } = scene;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    drawCanvasScene(context, scene);
  }, [scene, width, height]);
  return (
    <div className="tl-canvas-layer" aria-hidden="true">
      <canvas
        ref={ref}
        className="tl-canvas"
        data-testid="timeline-canvas"
        style={{ width: `${width}px`, height: `${height}px` }}
      />
    </div>
  );
}
