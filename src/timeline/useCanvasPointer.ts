/**
 * Hover and click for what the canvas draws (and forgiving clicks near a
 * button): the pointer is hit-tested against the interval index in the live
 * window, so it agrees with the canvas while a gesture runs ahead of React.
 */
import { type RefObject, useEffect, useRef } from "react";
import { useAppStore } from "../store/appStore";
import { passes } from "../store/selectors";
import { hitTest } from "./intervalIndex";
import { type LaneGeometry, laneAt } from "./laneGeometry";
import type { TimelineModel } from "./timelineModel";
import { xToTime } from "./timeScale";
import type { WindowSource } from "./windowSource";

/** Hit-test radius around the pointer, in px. */
const HIT_PX = 8;
const HIT_PX_TOUCH = 22;

interface Options {
  model: TimelineModel;
  source: WindowSource;
  width: number;
  geometry: LaneGeometry;
  mask: Uint8Array | null;
  coarse: boolean;
}

export function useCanvasPointer(ref: RefObject<HTMLElement | null>, options: Options): void {
  const selectEvent = useAppStore((state) => state.selectEvent);
  const hoverEvent = useAppStore((state) => state.hoverEvent);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const surface = ref.current;
    if (!surface) return;
    let hovered: string | null = null;
    const hit = (event: MouseEvent): string | null => {
      const { model, source, width, geometry, mask, coarse } = latest.current;
      const view = source.get();
      const rect = surface.getBoundingClientRect();
      const lane = laneAt(event.clientY - rect.top, geometry, model.lanes.length);
      if (lane < 0 || width <= 0) return null;
      const time = xToTime(view, width, event.clientX - rect.left);
      const tolerance = ((coarse ? HIT_PX_TOUCH : HIT_PX) / width) * (view.end - view.start);
      const position = hitTest(model.spatial, lane, time, tolerance, (p) => passes(mask, p));
      return model.index.events[position]?.id ?? null;
    };
    const onButton = (event: Event) =>
      (event.target as Element | null)?.closest?.("button") != null;
    const onMove = (event: PointerEvent) => {
      if (onButton(event) || surface.dataset.renderMode !== "canvas") return;
      // A drag pans: what passes under the pointer is not hovered (each hover redraws the map).
      const id = event.buttons === 0 ? hit(event) : null;
      if (id !== hovered) {
        hovered = id;
        hoverEvent(id);
      }
    };
    const onLeave = () => {
      if (hovered !== null) hoverEvent(null);
      hovered = null;
    };
    const onClick = (event: MouseEvent) => {
      if (onButton(event)) return;
      const id = hit(event);
      if (id) selectEvent(id);
    };
    surface.addEventListener("pointermove", onMove);
    surface.addEventListener("pointerleave", onLeave);
    surface.addEventListener("click", onClick);
    return () => {
      surface.removeEventListener("pointermove", onMove);
      surface.removeEventListener("pointerleave", onLeave);
      surface.removeEventListener("click", onClick);
    };
  }, [ref, hoverEvent, selectEvent]);
}
