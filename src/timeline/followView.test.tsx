// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Interval } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import { EventMarks } from "./EventMarks";
import { followView } from "./followView";
import { laneGeometry } from "./laneGeometry";
import { markExtent } from "./marks";
import { labelBeside, TOOLTIP_INSET, tooltipAnchor, tooltipLeft } from "./overlayStyle";
import { placeMarks } from "./placeMarks";
import { ARTICLE_LIKE } from "./testData";
import { buildTimelineModel, kindOf } from "./timelineModel";

const model = buildTimelineModel(indexDataset(ARTICLE_LIKE), "actors");
const geometry = laneGeometry(
  300,
  model.lanes.map(() => 1),
);
const width = 800;
const text = { title: (p: number) => `event ${p}`, name: (p: number) => `event ${p}, a date` };
const last = model.index.events.length - 1;
const positions = [last - 2, last];

/** The marks and labels as React renders them for `view`, in a DOM element. */
function rendered(view: Interval, laneNameWidths: readonly number[] = []): HTMLElement {
  const boxes = placeMarks(model, positions, view, width);
  const labels = positions.map((position) => ({
    position,
    lane: model.spatial.laneOf[position] ?? 0,
    x: labelBeside(
      boxes.get(position) ?? { x0: 0, x1: 0 },
      laneNameWidths[model.spatial.laneOf[position] ?? 0],
    ),
    width: 80,
    row: 0,
    placement: "right" as const,
    cut: false,
  }));
  const surface = document.createElement("div");
  surface.innerHTML = renderToStaticMarkup(
    <EventMarks
      model={model}
      positions={positions}
      boxes={boxes}
      rowOf={new Map()}
      groups={[]}
      width={width}
      geometry={geometry}
      text={text}
      selected={last}
      active={last}
      focusSet={null}
      labels={labels}
      onFocusEvent={() => {}}
      onKeyDown={() => {}}
      hintId="hint"
    />,
  );
  return surface;
}

function placements(surface: HTMLElement): string[] {
  return Array.from(
    surface.querySelectorAll<HTMLElement>("[data-position]"),
    (element) =>
      `${element.className} ${element.dataset.position} ${element.style.transform} ${element.style.width}`,
  );
}

describe("followView", () => {
  it("moves what React drew for one window to exactly where React draws it for another", () => {
    const lastEvent = model.index.events[last];
    if (!lastEvent) throw new Error("no events");
    const before = { start: lastEvent.interval.start - 9e9, end: lastEvent.interval.end + 2e9 };
    const after = { start: lastEvent.interval.start - 2e9, end: lastEvent.interval.end + 1e9 };
    const followed = rendered(before);
    const expected = placements(rendered(after));
    expect(placements(followed)).not.toEqual(expected);
    followView(followed, model, after, width, geometry);
    expect(placements(followed)).toEqual(expected);
    // Two marks and two labels, each with a place.
    expect(expected).toHaveLength(4);
    for (const line of expected) expect(line).toMatch(/translate\(/);
  });

  it("keeps a label past its lane's name over the lane (a phone), as detailLayout places it", () => {
    const event = model.index.events[last - 2];
    if (!event) throw new Error("no events");
    const before = { start: event.interval.start - 9e9, end: event.interval.end + 2e10 };
    // Its mark at the view's left edge, under a 60 px name.
    const under = { start: event.interval.start - 1e8, end: event.interval.start + 5e10 };
    const names = model.lanes.map(() => 60);
    const followed = rendered(before, names);
    followView(followed, model, under, width, geometry, names);
    expect(placements(followed)).toEqual(placements(rendered(under, names)));
    const label = followed.querySelector<HTMLElement>(`.tl-label[data-position="${last - 2}"]`);
    expect(label?.style.transform).toMatch(/^translate\(64px,/);
  });

  it("moves the tooltip to its event's mark in the new window, whole inside the view", () => {
    const lastEvent = model.index.events[last];
    if (!lastEvent) throw new Error("no events");
    const surface = document.createElement("div");
    surface.innerHTML = `<div class="tl-tooltip" data-position="${last}" style="left: 0px"></div>`;
    const tooltip = surface.querySelector<HTMLElement>(".tl-tooltip");
    if (!tooltip) throw new Error("no tooltip");
    // jsdom lays nothing out: the tooltip's rendered width, as HoverTooltip measures it.
    Object.defineProperty(tooltip, "offsetWidth", { value: 300 });
    const left = () => Number.parseFloat(tooltip.style.left);
    const view = { start: lastEvent.interval.start - 5e9, end: lastEvent.interval.end + 5e9 };
    followView(surface, model, view, width, geometry);
    const box = markExtent(kindOf(model, last).kind, lastEvent.interval, view, width);
    expect(left()).toBe(tooltipLeft(tooltipAnchor(box, width), 300, width));
    expect(left()).toBe(tooltipAnchor(box, width) - 150);
    // Its mark at the right edge: shifted left, whole in the view, as HoverTooltip places it.
    const late = { start: view.start - 4e10, end: lastEvent.interval.end + 1e8 };
    followView(surface, model, late, width, geometry);
    expect(left()).toBe(width - TOOLTIP_INSET - 300);
  });
});
