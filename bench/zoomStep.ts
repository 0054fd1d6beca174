import type { TargetCheck, ZoomStepResult } from "./types";

/**
 * The figure a zoom step is judged by. The net (the step less the idle rounds' own cost) is the
 * step's work, but when the page's background work while idle (a million rows' indexing slices)
 * costs as much as the step, the net clamps to 0 and says nothing: the gross is judged then, so a
 * target cannot pass on a figure that was not measured (the 4 December run read "0.00 ms net").
 */
export function judgedZoomStep(zoom: Pick<ZoomStepResult, "msPerStep" | "netMsPerStep">): {
  ms: number;
  text: string;
} {
  if (zoom.netMsPerStep > 0)
    return { ms: zoom.netMsPerStep, text: `${zoom.netMsPerStep.toFixed(2)} ms net` };
  return {
    ms: zoom.msPerStep,
    text: `${zoom.msPerStep.toFixed(2)} ms gross (the idle baseline exceeded the step)`,
  };
}

/** A zoom step's target (main thread under `underMs` per step), judged and worded as above. */
export function zoomStepTarget(
  target: string,
  zoom: Pick<ZoomStepResult, "msPerStep" | "netMsPerStep">,
  underMs: number,
): TargetCheck {
  const step = judgedZoomStep(zoom);
  return { target, value: step.text, status: step.ms < underMs ? "PASS" : "MISS" };
}
