import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { ARTICLE_LIKE } from "./testData";
import {
  buildTimelineModel,
  prepareTimelineModel,
  shownLaneKey,
  timelineModelOf,
} from "./timelineModel";

describe("timelineModelOf", () => {
  it("builds a dataset's model once per lane grouping and equals a fresh build", () => {
    const index = indexDataset(ARTICLE_LIKE);
    const actors = timelineModelOf(index, "actors");
    expect(timelineModelOf(index, "actors")).toBe(actors);
    expect(actors).toEqual(buildTimelineModel(index, "actors"));
    const tags = timelineModelOf(index, "tags");
    expect(tags.laneKey).toBe("tags");
    expect(tags).not.toBe(actors);
    // Only the last grouping is kept: switching back builds it again, the same.
    const again = timelineModelOf(index, "actors");
    expect(again).not.toBe(actors);
    expect(again).toEqual(actors);
  });

  it("keeps each dataset's model apart", () => {
    const one = indexDataset(ARTICLE_LIKE);
    const two = indexDataset(ARTICLE_LIKE);
    expect(timelineModelOf(one, "actors")).not.toBe(timelineModelOf(two, "actors"));
    expect(timelineModelOf(two, "actors").index).toBe(two);
  });

  it("is prepared in three steps, after which it is not built again", () => {
    const index = indexDataset(ARTICLE_LIKE);
    // Two yields: three parts, each for a task of its own.
    expect([...prepareTimelineModel(index, "tags")]).toHaveLength(2);
    // Kept: preparing again has nothing to do, and the render finds it.
    expect([...prepareTimelineModel(index, "tags")]).toHaveLength(0);
    const prepared = timelineModelOf(index, "tags");
    expect(prepared).toEqual(buildTimelineModel(index, "tags"));
    expect(timelineModelOf(index, "tags")).toBe(prepared);
  });
});

describe("shownLaneKey", () => {
  it("is the grouping of the dataset's last model, by actors before any", () => {
    const index = indexDataset(ARTICLE_LIKE);
    expect(shownLaneKey(index)).toBe("actors");
    timelineModelOf(index, "tags");
    expect(shownLaneKey(index)).toBe("tags");
    timelineModelOf(index, "actors");
    expect(shownLaneKey(index)).toBe("actors");
  });
});
