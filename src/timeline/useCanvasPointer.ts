/**
 * Hover, click and tap on the detail view, through one hit-test: the marks
 * drawn as buttons and groups (`hitAt`, the one drawn on top, or nearest),
 * then, in dense views, what the canvas draws (the interval index, in the
 * live window, so it agrees with the canvas while a gesture runs ahead of
 * React). Hover shows the tooltip; a click or tap selects the very same
 * event, or zooms in on a group. A lane's name over its lane (narrow
 * screens) covers marks: one drawn under the very point still takes the
 * press (`markReach`), else the name shows itself whole; so does a dense
 * view's label (`buttonHold`), else the press is the labelled mark's. Elsewhere a press on an
 * event's title (its label) that no mark took selects that event.
 */
import { type RefObject, useCallback, useEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { useAppStore } from "../store/appStore";
import { passes } from "../store/selectors";
import { hitTest } from "./intervalIndex";
import { type LaneGeometry, laneAt, rowMiddle } from "./laneGeometry";
import {
  type Box,
  buttonHold,
  type HitTarget,
  hitAt,
  markReach,
  type Press,
  type PressedOn,
  targetDistance,
  UNDER_PX,
} from "./markHit";
import type { TimelineModel } from "./timelineModel";
import { xToTime } from "./timeScale";
import type { WindowSource } from "./windowSource";

interface Options {
  model: TimelineModel;
  source: WindowSource;
  width: number;
  geometry: LaneGeometry;
  mask: Uint8Array | null;
  coarse: boolean;
  /** The marks drawn as buttons and groups. */
  targets: readonly HitTarget[];
  dense: boolean;
  onZoomTo: (interval: Interval) => void;
  /** A press on a lane's name (LaneLabels) that no mark took: it shows or folds the name whole. */
  onLaneName: (laneId: string) => void;
}

type Hit = { id: string } | { group: Interval } | null;

/** What a press landed on, from its target (markReach says what each may take). */
function pressedOn(target: EventTarget | null): { on: PressedOn; laneId?: string } {
  const element = target instanceof Element ? target : null;
  if (element?.closest(".tl-strip")) return { on: "strip" };
  const name = element?.closest<HTMLElement>(".tl-lane-label");
  if (!name) return { on: "view" };
  const on = name.classList.contains("is-whole") ? "wholeLaneName" : "laneName";
  return { on, laneId: name.dataset.laneId };
}

/**
 * The labels' boxes in the surface's px, each with its event's position: in a dense view, the
 * selected event's and the keyboard's stop's; elsewhere every drawn title.
 */
function labelBoxes(surface: HTMLElement, rect: DOMRect): (Box & { position: number })[] {
  return Array.from(surface.querySelectorAll<HTMLElement>(".tl-label"), (label) => {
    const box = label.getBoundingClientRect();
    return {
      x0: box.left - rect.left,
      x1: box.right - rect.left,
      y0: box.top - rect.top,
      y1: box.bottom - rect.top,
      position: Number(label.dataset.position),
    };
  });
}

/**
 * Returns the hit-test as a function: whether a press there takes a mark or a group (the zoom's
 * double tap yields to one).
 */
export function useCanvasPointer(
  ref: RefObject<HTMLElement | null>,
  options: Options,
): (press: Press) => boolean {
  const selectEvent = useAppStore((state) => state.selectEvent);
  const hoverEvent = useAppStore((state) => state.hoverEvent);
  const latest = useRef(options);
  latest.current = options;

  const hit = useCallback(
    (press: Press): Hit => {
      const surface = ref.current;
      const { model, source, width, geometry, mask, coarse, targets, dense } = latest.current;
      const radius = markReach(pressedOn(press.target).on, coarse);
      if (!surface || radius === null || width <= 0) return null;
      const rect = surface.getBoundingClientRect();
      const x = press.clientX - rect.left;
      // The view's own y: lanes that scroll are placed in `geometry` (lanesInView); the surface does not.
      const y = press.clientY - rect.top;
      /** The mark the canvas draws within `reach` px of the press, in its lane. */
      const drawnAt = (reach: number): Hit => {
        const lane = laneAt(y, geometry);
        if (
          lane < 0 ||
          Math.abs(y - rowMiddle(geometry, lane, 0)) > geometry.markHeight / 2 + reach
        )
          return null;
        const view = source.get();
        const time = xToTime(view, width, x);
        const tolerance = (reach / width) * (view.end - view.start);
        const position = hitTest(model.spatial, lane, time, tolerance, (p) => passes(mask, p));
        const id = model.index.events[position]?.id;
        return id ? { id } : null;
      };
      const target = hitAt(targets, x, y, radius);
      // In a dense view the buttons are the selected mark and the keyboard's stop: one within a
      // finger's reach does not take a tap from the mark drawn under the very point, so a reader
      // taps from mark to mark along a crowded lane, their labels' chips included.
      if (
        dense &&
        target &&
        targetDistance(target, x, y) > buttonHold(labelBoxes(surface, rect), x, y)
      ) {
        const under = drawnAt(UNDER_PX);
        if (under) return under;
      }
      if (target?.kind === "group") return { group: target.group.interval };
      if (target) return { id: model.index.events[target.position]?.id ?? "" };
      // An event's title is the reader's target too: on a phone a tap on "Lavrov lands in Tokyo"
      // selected nothing, only the 12 px mark beside it did. (Not through a lane's name over it,
      // nor in a dense view, whose labels lie over marks drawn on the canvas, which take the press.)
      const titled =
        !dense && pressedOn(press.target).on === "view"
          ? labelBoxes(surface, rect).find(
              (box) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1,
            )
          : undefined;
      const titledId = titled && model.index.events[titled.position]?.id;
      if (titledId) return { id: titledId };
      return dense ? drawnAt(radius) : null;
    },
    [ref],
  );

  useEffect(() => {
    const surface = ref.current;
    if (!surface) return;
    let hovered: string | null = null;
    /** The last hover: a click where it was (within a pixel's rounding) gets what the tooltip named. */
    let lastMove: { x: number; y: number; found: Hit } | null = null;
    const onMove = (event: PointerEvent) => {
      // A drag pans: what passes under the pointer is not hovered (each hover redraws the map).
      const found = event.buttons === 0 ? hit(event) : null;
      lastMove = { x: event.clientX, y: event.clientY, found };
      const id = found && "id" in found ? found.id : null;
      surface.classList.toggle("is-over-mark", found !== null);
      if (id !== hovered) {
        hovered = id;
        hoverEvent(id);
      }
    };
    const onLeave = () => {
      if (hovered !== null) hoverEvent(null);
      hovered = null;
      lastMove = null;
    };
    const onClick = (event: MouseEvent) => {
      // Enter or Space on a focused button: the button's own click.
      if (event.detail === 0) return;
      const still =
        lastMove &&
        Math.abs(lastMove.x - event.clientX) <= 1.5 &&
        Math.abs(lastMove.y - event.clientY) <= 1.5;
      const found = still && lastMove ? lastMove.found : hit(event);
      if (found && "id" in found) selectEvent(found.id);
      else if (found) latest.current.onZoomTo(found.group);
      else {
        // A lane's name where no mark is drawn beneath: it shows itself whole (or folds).
        const { laneId } = pressedOn(event.target);
        if (laneId !== undefined) latest.current.onLaneName(laneId);
      }
    };
    surface.addEventListener("pointermove", onMove);
    surface.addEventListener("pointerleave", onLeave);
    surface.addEventListener("click", onClick);
    return () => {
      surface.removeEventListener("pointermove", onMove);
      surface.removeEventListener("pointerleave", onLeave);
      surface.removeEventListener("click", onClick);
    };
  }, [ref, hit, hoverEvent, selectEvent]);

  return useCallback((press: Press) => hit(press) !== null, [hit]);
}
