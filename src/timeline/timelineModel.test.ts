import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { indexDataset } from "../data/indexDataset";
import { markKind } from "./marks";
import { ARTICLE_LIKE } from "./testData";
import {
  APPROXIMATE_FLAG,
  buildTimelineModel,
  KIND_CODES,
  markKindSteps,
  markKinds,
  prepareTimelineModel,
  shownLaneKey,
  timelineModelOf,
} from "./timelineModel";

describe("markKinds", () => {
  it("gives each event the kind markKind gives it, with its approximate flag", () => {
    const index = indexDataset(generateDataset({ events: 3000, seed: 11 }));
    const events = [...index.events, ...indexDataset(ARTICLE_LIKE).events];
    const kinds = markKinds(events);
    const expected = events.map(
      (event) => KIND_CODES.indexOf(markKind(event)) + (event.approximate ? APPROXIMATE_FLAG : 0),
    );
    expect(Array.from(kinds)).toEqual(expected);
    // The dataset has each kind, and neighbours that share a start but not their kind.
    expect(new Set(expected.map((code) => code & 3)).size).toBe(3);
    const sharedStartOtherKind = events.some(
      (event, i) =>
        i > 0 && event.start === events[i - 1]?.start && expected[i] !== expected[i - 1],
    );
    expect(sharedStartOtherKind).toBe(true);
    // In steps of 1,000 events: a yield between each, the same codes.
    const steps = markKindSteps(events, 1000);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(Math.ceil(events.length / 1000) - 1);
    expect(step.value).toEqual(kinds);
  });
});

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

describe("the model's extent and bounds", () => {
  it("take in a period that ends after the last event; an open one widens nothing", () => {
    const periods = [
      { id: "term", title: "A term", start: "2012-12-26", end: "2020-09-16" },
      { id: "rule", title: "A rule", start: "1945-09" },
    ];
    const events = indexDataset({ ...ARTICLE_LIKE, periods: [] });
    const model = buildTimelineModel(indexDataset({ ...ARTICLE_LIKE, periods }), "actors");
    expect(model.extent).toEqual({
      start: events.extent.start,
      end: Date.UTC(2020, 8, 17),
    });
    expect(model.bounds.start).toBeLessThan(model.extent.start);
    expect(model.bounds.end).toBeGreaterThan(model.extent.end);
    expect(buildTimelineModel(events, "actors").extent).toEqual(events.extent);
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
