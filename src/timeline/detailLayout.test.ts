import { describe, expect, it } from "vitest";
import { defaultWindow } from "../data/defaultWindow";
import { indexDataset } from "../data/indexDataset";
import { type DetailLayoutInput, detailLayout, TICK_SPACING, zoomAnchor } from "./detailLayout";
import { estimateLabelWidth } from "./labelLayout";
import { laneLabelMaxWidth } from "./laneNameRoom";
import { ARTICLE_LIKE, articleIndex, syntheticDataset } from "./testData";
import { buildTimelineModel } from "./timelineModel";

const DAY = 86_400_000;
const articleModel = buildTimelineModel(articleIndex(), "actors");
const opening = defaultWindow(articleModel.index);

function input(overrides: Partial<DetailLayoutInput> = {}): DetailLayoutInput {
  const model = overrides.model ?? articleModel;
  return {
    model,
    view: opening,
    placedIn: overrides.view ?? opening,
    width: 900,
    height: 260,
    mask: null,
    selected: -1,
    focused: -1,
    focusSet: null,
    narrow: false,
    coarse: false,
    title: (position) => model.index.events[position]?.title ?? "",
    ...overrides,
  };
}

describe("detailLayout", () => {
  it("draws the few events in view as buttons, each with a box, in time order", () => {
    const layout = detailLayout(input());
    expect(layout.mode).toBe("dom");
    expect(layout.positions).toEqual(layout.visible.positions);
    expect(layout.positions.length).toBeGreaterThan(10);
    expect([...layout.positions].sort((a, b) => a - b)).toEqual(layout.positions);
    for (const position of layout.positions) expect(layout.boxes.has(position)).toBe(true);
    // Every label belongs to a drawn event, at most one each.
    const labelled = layout.labels.map((label) => label.position);
    expect(new Set(labelled).size).toBe(labelled.length);
    for (const position of labelled) expect(layout.positions).toContain(position);
  });

  it("puts the first event in view in the tab order, then the selected one, then the focused one", () => {
    const first = detailLayout(input());
    expect(first.active).toBe(first.positions[0]);
    const selected = first.positions[3] ?? -1;
    expect(detailLayout(input({ selected })).active).toBe(selected);
    const focused = first.positions[5] ?? -1;
    expect(detailLayout(input({ selected, focused })).active).toBe(focused);
  });

  it("never hides the selected event in a count: it is drawn as a mark, and the count holds the others", () => {
    // A short view makes busy spots into counts (as on a phone).
    const short = detailLayout(input({ height: 70 }));
    const group = short.groups.find((g) => g.positions.length >= 2);
    if (!group) throw new Error("expected a count in a 70 px high view");
    const selected = group.positions[0] ?? -1;
    const layout = detailLayout(input({ height: 70, selected }));
    expect(layout.positions).toContain(selected);
    for (const g of layout.groups) expect(g.positions).not.toContain(selected);
  });

  it("gives a selected event a row of its own, clear of every mark and count, in views of any height", () => {
    const { laneOf } = articleModel.spatial;
    const drawnAt = (height: number) => detailLayout(input({ height })).positions;
    let selections = 0;
    for (const height of [70, 120, 180, 260]) {
      for (const selected of drawnAt(height)) {
        const layout = detailLayout(input({ height, selected }));
        selections++;
        // Drawn on a row of its own (not row 0 for want of one), and no count of one beside it.
        expect({ selected, height, row: layout.rowOf.has(selected) }).toEqual({
          selected,
          height,
          row: true,
        });
        for (const group of layout.groups) expect(group.positions.length).toBeGreaterThan(1);
        const mine = layout.boxes.get(selected);
        if (!mine) throw new Error(`no box for ${selected}`);
        const lane = laneOf[selected];
        const row = layout.rowOf.get(selected);
        const others = [
          ...layout.positions
            .filter((p) => p !== selected && laneOf[p] === lane && layout.rowOf.get(p) === row)
            .map((p) => layout.boxes.get(p)),
          ...layout.groups.filter((g) => g.lane === lane && g.row === row).map((g) => g.box),
        ];
        for (const box of others) {
          if (!box) continue;
          const apart = box.x1 <= mine.x0 || mine.x1 <= box.x0;
          expect({ selected, height, apart }).toEqual({ selected, height, apart: true });
        }
      }
    }
    expect(selections).toBeGreaterThan(40);
  });

  it("draws a dense view on canvas, with only the active and selected events as buttons", () => {
    const model = buildTimelineModel(indexDataset(syntheticDataset(5000, 7)), "actors");
    const view = model.bounds;
    const unselected = detailLayout(input({ model, view }));
    expect(unselected.mode).toBe("canvas");
    expect(unselected.visible.total).toBe(5000);
    expect(unselected.positions).toEqual([unselected.active]);
    const focused = 1000;
    const selected = 4000;
    const layout = detailLayout(input({ model, view, selected, focused }));
    expect(layout.active).toBe(focused);
    expect(layout.positions).toEqual([focused, selected]);
  });

  it("marks a dense view's keyboard-stop label as the keyboard's only, never the selected one's, nor a sparse view's", () => {
    // Review 41 R8: at rest the stop's label read as a selection nobody made.
    const model = buildTimelineModel(indexDataset(syntheticDataset(5000, 7)), "actors");
    const view = model.bounds;
    const stopOnly = (layout: ReturnType<typeof detailLayout>) =>
      Object.fromEntries(layout.labels.map((label) => [label.position, label.stopOnly === true]));
    const atRest = detailLayout(input({ model, view }));
    expect(atRest.mode).toBe("canvas");
    expect(stopOnly(atRest)).toEqual({ [atRest.active]: true });
    const focused = 1000;
    const selected = 4000;
    expect(stopOnly(detailLayout(input({ model, view, selected, focused })))).toEqual({
      [focused]: true,
      [selected]: false,
    });
    expect(stopOnly(detailLayout(input({ model, view, selected, focused: selected })))).toEqual({
      [selected]: false,
    });
    const sparse = detailLayout(input());
    expect(sparse.mode).toBe("dom");
    expect(sparse.labels.length).toBeGreaterThan(0);
    for (const label of sparse.labels) expect(label.stopOnly).toBeUndefined();
  });

  it("draws no selected event a filter hides, as buttons or on canvas", () => {
    const all = detailLayout(input());
    const hidden = all.positions[3] ?? -1;
    const mask = new Uint8Array(articleModel.index.events.length).fill(1);
    mask[hidden] = 0;
    const layout = detailLayout(input({ mask, selected: hidden }));
    expect(layout.positions).not.toContain(hidden);
    expect(layout.positions.length).toBe(all.positions.length - 1);
    expect(layout.labels.map((label) => label.position)).not.toContain(hidden);
    // One the filter passes is still drawn, and pinned.
    const shown = all.positions[4] ?? -1;
    expect(detailLayout(input({ mask, selected: shown })).positions).toContain(shown);

    const model = buildTimelineModel(indexDataset(syntheticDataset(5000, 7)), "actors");
    const dense = new Uint8Array(5000).fill(1);
    dense[4000] = 0;
    const canvas = detailLayout(input({ model, view: model.bounds, mask: dense, selected: 4000 }));
    expect(canvas.mode).toBe("canvas");
    expect(canvas.positions).toEqual([canvas.active]);
  });

  it("gives the lanes a filter leaves empty no rows, and their room to the others", () => {
    const lanes = articleModel.lanes.length;
    const shownLanes = Array.from({ length: lanes }, (_, lane) => lane !== 0);
    const mask = Uint8Array.from(articleModel.spatial.laneOf, (lane) => (lane === 0 ? 0 : 1));
    const all = detailLayout(input({ mask }));
    const layout = detailLayout(input({ mask, shownLanes }));
    expect(all.geometry.laneHeights[0]).toBeGreaterThan(0);
    expect(layout.geometry.laneHeights[0]).toBe(0);
    expect(layout.geometry.rows[0]).toBe(0);
    expect(layout.positions).toEqual(all.positions);
    for (let lane = 1; lane < lanes; lane++)
      expect(layout.geometry.laneHeights[lane]).toBeGreaterThanOrEqual(
        all.geometry.laneHeights[lane] ?? 0,
      );
  });

  it("keeps marks and labels clear of lane names on narrow screens", () => {
    const layout = detailLayout(input({ width: 360, narrow: true }));
    const nameEnd = (lane: number) => layout.laneNameWidths[lane] ?? 0;
    expect(layout.laneNameWidths.every((w) => w > 20)).toBe(true);
    for (const label of layout.labels) {
      if (label.row === 0) expect(label.x).toBeGreaterThanOrEqual(nameEnd(label.lane));
    }
    for (const position of layout.positions) {
      if ((layout.rowOf.get(position) ?? 0) > 0) continue;
      const box = layout.boxes.get(position);
      const lane = articleModel.spatial.laneOf[position] ?? 0;
      expect(box?.x0).toBeGreaterThanOrEqual(nameEnd(lane));
    }
  });

  it("labels a dimmed bar as an undimmed one: inside, where a bar spans the view", () => {
    // A phone's view inside a month-long bar (a span): dimmed, another event in focus, it had no
    // label at all, where dimmed points keep theirs (`?place=iturup` at 360 px).
    const bar = articleModel.index.events.findIndex((event) => event.id === "soviet-occupation");
    const start = articleModel.index.starts[bar] ?? 0;
    const view = { start: start + 5 * DAY, end: start + 20 * DAY };
    const phone = input({ view, placedIn: view, width: 300, narrow: true, coarse: true });
    const label = detailLayout(phone).labels.find((each) => each.position === bar);
    expect(label?.placement).toBe("inside");
    const dimmed = detailLayout({ ...phone, focusSet: new Set([bar + 1]) });
    expect(dimmed.labels.find((each) => each.position === bar)).toEqual(label);
  });

  it("starts a dense view's labels past the lane's name on narrow screens", () => {
    const model = buildTimelineModel(indexDataset(syntheticDataset(5000, 7)), "actors");
    // The two earliest events lie under their lanes' names; pinned (selected, focused), each is
    // labelled past the name, where without a name over the lane it is beside its mark.
    const pinned = { model, view: model.bounds, width: 360, selected: 0, focused: 1 };
    const wide = detailLayout(input(pinned));
    const layout = detailLayout(input({ ...pinned, narrow: true }));
    expect(layout.mode).toBe("canvas");
    expect(layout.labels.map((label) => label.position).sort()).toEqual([0, 1]);
    for (const label of layout.labels) {
      const box = layout.boxes.get(label.position);
      const nameEnd = layout.laneNameWidths[label.lane] ?? 0;
      expect(box?.x1 ?? 0).toBeLessThan(nameEnd);
      expect(label.x).toBeGreaterThan(nameEnd);
      const beside = wide.labels.find((other) => other.position === label.position);
      expect(beside?.x).toBeLessThan(nameEnd);
    }
  });

  it("reserves the room a lane name takes with the reader's wider text spacing", () => {
    // WCAG 1.4.12's override: "United Kingdom" over its lane at 390 px ran 11 px over the label
    // beside it, its width reckoned without the spacing.
    const plain = detailLayout(input({ width: 390, narrow: true }));
    const layout = detailLayout(input({ width: 390, narrow: true, spacing: [0.12, 0.16] }));
    articleModel.lanes.forEach(({ label }, lane) => {
      const spaces = label.split(" ").length - 1;
      // What the spacing adds as drawn, less the pixel the plain estimate may have rounded up.
      const drawnMore = ([...label].length * 0.12 + spaces * 0.16) * 11 - 1;
      expect(layout.laneNameWidths[lane], label).toBeGreaterThanOrEqual(
        Math.min((plain.laneNameWidths[lane] ?? 0) + drawnMore, laneLabelMaxWidth(390)),
      );
    });
    for (const label of layout.labels)
      if (label.row === 0) expect(label.x).toBeGreaterThan(layout.laneNameWidths[label.lane] ?? 0);
    // A title shown whole is given the room it draws in with the spacing.
    const whole = layout.labels.filter((label) => !label.cut);
    expect(whole.length).toBeGreaterThan(0);
    for (const { position, width } of whole) {
      const title = articleModel.index.events[position]?.title ?? "";
      expect(width, title).toBeGreaterThanOrEqual(estimateLabelWidth(title, 12, 240, 0.12, 0.16));
    }
  });

  it("reserves a long lane name's cut width, not its whole, on narrow screens", () => {
    // 60 characters, the most an actor may have: its name took 379 of a 360 px view.
    const long = "Joint Committee on the Settlement of the Kuril Islands Issue";
    const dataset = {
      ...ARTICLE_LIKE,
      events: ARTICLE_LIKE.events.map((event) => ({
        ...event,
        actors: event.actors.map((actor) => (actor === "Russia" ? long : actor)),
      })),
    };
    const model = buildTimelineModel(indexDataset(dataset), "actors");
    const lane = model.lanes.findIndex((l) => l.label === long);
    expect(lane).toBeGreaterThanOrEqual(0);
    const layout = detailLayout(input({ model, width: 360, narrow: true }));
    expect(layout.laneNameWidths[lane]).toBe(laneLabelMaxWidth(360));
    for (const label of layout.labels) {
      if (label.row === 0 && label.lane === lane) expect(label.x).toBeLessThan(360);
    }
  });

  it("spaces axis ticks wider on touch screens' behalf", () => {
    expect(detailLayout(input()).tickSpacing).toBe(TICK_SPACING.fine);
    expect(detailLayout(input({ coarse: true })).tickSpacing).toBe(TICK_SPACING.coarse);
  });

  it("draws nothing and places no labels before the view has a width", () => {
    const layout = detailLayout(input({ width: 0 }));
    expect(layout.mode).toBe("dom");
    expect(layout.labels).toEqual([]);
  });
});

describe("zoomAnchor", () => {
  const model = articleModel;
  const { starts, ends } = model.index;
  const view = defaultWindow(model.index);
  const middle = (view.start + view.end) / 2;
  // An event in view, away from the view's middle.
  const inView = Array.from(starts.keys()).find(
    (p) =>
      (starts[p] ?? 0) > view.start &&
      (ends[p] ?? 0) < view.end &&
      Math.abs((starts[p] ?? 0) - middle) > (view.end - view.start) / 8,
  );

  it("holds the event in view still, and the view's middle otherwise", () => {
    expect(inView).toBeDefined();
    const p = inView ?? -1;
    expect(zoomAnchor(model, p, view)).toBe(((starts[p] ?? 0) + (ends[p] ?? 0)) / 2);
    expect(zoomAnchor(model, -1, view)).toBe(middle);
    const gone = { start: view.end + 1e12, end: view.end + 2e12 };
    expect(zoomAnchor(model, p, gone)).toBe((gone.start + gone.end) / 2);
  });
});
