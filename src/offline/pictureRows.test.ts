import { describe, expect, it } from "vitest";
import { utc } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { buildTimelineModel } from "../timeline/timelineModel";
import { PICTURE_ROW, PICTURE_ROWS, pictureLayout, rowY, timelinePicture } from "./pictureLayout";
import { pictureRows } from "./pictureRows";

const event = (
  id: string,
  start: string,
  end: string | undefined,
  actor: string,
): DatasetEvent => ({
  id,
  title: id,
  start,
  ...(end ? { end } : {}),
  actors: [actor],
  tags: [],
  places: [],
  summary: "s",
});

function modelOf(events: DatasetEvent[]) {
  const dataset: Dataset = { meta: { title: "t" }, periods: [], places: [], events };
  const index = indexDataset(dataset);
  return { index, model: buildTimelineModel(index, "actors") };
}

const window = { start: utc(2016, 5), end: utc(2018, 5) };

function rowsOf(events: DatasetEvent[], selectedId: string | null = null) {
  const { index, model } = modelOf(events);
  const stacked = pictureRows({
    model,
    window,
    width: 1000,
    mask: null,
    selected: index.byId.get(selectedId ?? "")?.order ?? -1,
    title: (position) => index.events[position]?.title ?? "",
    lang: "en",
    shownLanes: null,
    maxRows: PICTURE_ROWS.withMap,
  });
  const picture = timelinePicture(
    index.events,
    model.spatial.laneOf,
    window,
    1000,
    () => true,
    selectedId,
    "en",
    stacked.rowOf,
  );
  const markOf = (id: string) => picture.marks[index.byId.get(id)?.order ?? -1];
  return { stacked, picture, markOf };
}

describe("pictureRows", () => {
  // Review 37 R8: "Abe and Putin hold 20 meetings" (2013–2017) covered the Nagato summit's bar.
  it("gives two overlapping events of one lane different rows, as the page stacks them", () => {
    const { stacked, markOf } = rowsOf(
      [
        event("meetings", "2013", "2017", "Japan"),
        event("nagato-summit", "2016-12-15", "2016-12-16", "Japan"),
        event("election", "2018-03-18", undefined, "Russia"),
      ],
      "nagato-summit",
    );
    const meetings = markOf("meetings");
    const summit = markOf("nagato-summit");
    expect(meetings?.lane).toBe(summit?.lane);
    expect(meetings?.row).not.toBe(summit?.row);
    expect(stacked.rows[meetings?.lane ?? -1]).toBeGreaterThanOrEqual(2);
    expect(markOf("election")?.row).toBe(0);
  });

  it("leaves events apart in time on one row", () => {
    const { markOf } = rowsOf([
      event("first", "2016-08", "2016-09", "Japan"),
      event("second", "2017-08", "2017-09", "Japan"),
    ]);
    expect(markOf("first")?.row).toBe(0);
    expect(markOf("second")?.row).toBe(0);
  });

  it("stacks no dense window (the page draws it on canvas): one row per lane", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      event(`e${i}`, `2017-0${1 + (i % 9)}-1${i % 10}`, "2017-12", "Japan"),
    );
    const { stacked, picture } = rowsOf(many);
    expect(stacked.rows).toEqual([1]);
    expect(picture.marks.every((mark) => mark.row === 0)).toBe(true);
  });
});

describe("pictureLayout's lanes", () => {
  it("makes a lane of four rows tall enough for them, each row its own line", () => {
    const layout = pictureLayout(2.5, [4, 1, 1]);
    const [japan, russia] = layout.lanes;
    if (!japan || !russia) throw new Error("no lanes");
    expect(rowY(japan, 1) - rowY(japan, 0)).toBe(PICTURE_ROW);
    expect(rowY(japan, 0) - PICTURE_ROW / 2).toBeGreaterThanOrEqual(japan.top);
    expect(rowY(japan, 3) + PICTURE_ROW / 2).toBeLessThanOrEqual(japan.top + japan.height);
    expect(russia.top).toBe(japan.top + japan.height);
    expect(layout.timeline.height).toBe(
      japan.height + russia.height + (layout.lanes[2]?.height ?? 0) + 28,
    );
  });
});
