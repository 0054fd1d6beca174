import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DatasetIndex, indexDataset } from "../data/indexDataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset } from "../data/schema";
import { prepareReadingOrder, readingOrderMade } from "../story/storyOrder";
import type { ListItems } from "../ui/VirtualList";
import { allEventsInOrder } from "./allEventsOrder";

function shipped(): DatasetIndex {
  const parsed = parseDataset(
    JSON.parse(readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error("the shipped dataset does not parse");
  return indexDataset(parsed.dataset as Dataset);
}

const ids = (items: ListItems<{ id: string }>) =>
  Array.from({ length: items.length }, (_, i) => items.at(i)?.id);

describe("the list of all events (review 35)", () => {
  const index = shipped();
  prepareReadingOrder(index);
  const order = readingOrderMade(index);

  it("reads as Previous and Next go: Huntsman's remark after the expulsion it is about", () => {
    expect(order).not.toBeNull();
    const list = ids(allEventsInOrder(index.events, order, null));
    expect(list).toHaveLength(index.events.length);
    expect(list.indexOf("huntsman-largest-expulsion")).toBeGreaterThan(
      list.indexOf("us-expels-russian-diplomats"),
    );
    // The index's start order, until the reading order is made, put it first.
    const start = ids(allEventsInOrder(index.events, null, null));
    expect(start.indexOf("huntsman-largest-expulsion")).toBeLessThan(
      start.indexOf("us-expels-russian-diplomats"),
    );
  });

  it("keeps that order under a filter, and only the events it shows", () => {
    const mask = new Uint8Array(index.events.length);
    const wanted = ["huntsman-largest-expulsion", "us-expels-russian-diplomats", "nagato-summit"];
    for (const id of wanted) {
      const event = index.byId.get(id);
      if (event) mask[event.order] = 1;
    }
    expect(ids(allEventsInOrder(index.events, order, mask))).toEqual([
      "nagato-summit",
      "us-expels-russian-diplomats",
      "huntsman-largest-expulsion",
    ]);
    expect(ids(allEventsInOrder(index.events, null, mask))).toEqual([
      "nagato-summit",
      "huntsman-largest-expulsion",
      "us-expels-russian-diplomats",
    ]);
  });
});
