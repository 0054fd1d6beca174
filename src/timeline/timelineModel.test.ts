import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { ARTICLE_LIKE } from "./testData";
import { buildTimelineModel, timelineModelOf } from "./timelineModel";

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
});
