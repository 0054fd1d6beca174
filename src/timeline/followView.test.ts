// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { followView } from "./followView";
import { laneGeometry } from "./laneGeometry";
import { markExtent } from "./marks";
import { labelTransform, labelX, markPlacement, tooltipAnchor } from "./overlayStyle";
import { placeMarks } from "./placeMarks";
import { ARTICLE_LIKE } from "./testData";
import { buildTimelineModel, kindOf } from "./timelineModel";

describe("followView", () => {
  const model = buildTimelineModel(indexDataset(ARTICLE_LIKE), "actors");
  const geometry = laneGeometry(300, model.lanes.length);
  const width = 800;
  const last = model.index.events.length - 1;
  const lastEvent = model.index.events[last];

  function surfaceWith(positions: number[]): HTMLElement {
    const surface = document.createElement("div");
    for (const position of positions) {
      const mark = document.createElement("button");
      mark.className = "tl-mark";
      mark.dataset.position = String(position);
      mark.style.transform = "translate(0px, 0px)";
      const label = document.createElement("span");
      label.className = "tl-label";
      label.dataset.position = String(position);
      label.dataset.row = "1";
      surface.append(mark, label);
    }
    const tooltip = document.createElement("div");
    tooltip.className = "tl-tooltip";
    tooltip.dataset.position = String(last);
    tooltip.style.left = "0px";
    surface.append(tooltip);
    return surface;
  }

  it("moves marks, labels and the tooltip to where React would draw them in the new window", () => {
    if (!lastEvent) throw new Error("no events");
    const positions = [0, last];
    const surface = surfaceWith(positions);
    const view = { start: lastEvent.interval.start - 5e9, end: lastEvent.interval.end + 5e9 };
    followView(surface, model, view, width, geometry);

    const boxes = placeMarks(model, positions, view, width);
    const marks = surface.querySelectorAll<HTMLElement>(".tl-mark");
    const labels = surface.querySelectorAll<HTMLElement>(".tl-label");
    positions.forEach((position, i) => {
      const box = boxes.get(position);
      if (!box) throw new Error("no box");
      const lane = model.spatial.laneOf[position] ?? 0;
      const expected = markPlacement(box, lane, geometry, width);
      expect(marks[i]?.style.transform).toBe(expected.transform);
      expect(marks[i]?.style.width).toBe(expected.width);
      expect(labels[i]?.style.transform).toBe(labelTransform(labelX(box), lane, 1, geometry));
    });
    const box = markExtent(kindOf(model, last).kind, lastEvent.interval, view, width);
    expect(surface.querySelector<HTMLElement>(".tl-tooltip")?.style.left).toBe(
      `${tooltipAnchor(box, width)}px`,
    );
    // The last event is in the middle of this window.
    expect(Number.parseFloat(marks[1]?.style.width ?? "0")).toBeGreaterThan(0);
  });
});
