import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { event } from "../test/fixtures";
import { readingOrder } from "./readingOrder";

function ordered(events: DatasetEvent[]): string[] {
  const index = indexDataset({ periods: [], meta: { title: "t" }, places: [], events });
  return Array.from(readingOrder(index.events), (p) => index.events[p]?.id ?? "?");
}

describe("readingOrder", () => {
  it("reads an approximate day at the middle of its range, after precise days before it", () => {
    expect(
      ordered([
        event("late-march", "2018-03-26", { approximate: true }),
        event("tariffs", "2018-03-23"),
        event("visit", "2018-03-21"),
        event("april", "2018-04-02"),
      ]),
    ).toEqual(["visit", "tariffs", "late-march", "april"]);
  });

  it("reads a coarse date that is not approximate at its start, a precise day of equal start first", () => {
    expect(
      ordered([
        event("in-march", "2018-03"),
        event("first-of-march", "2018-03-01"),
        event("february", "2018-02-27"),
        event("year", "2018"),
      ]),
    ).toEqual(["year", "february", "first-of-march", "in-march"]);
  });

  it("keeps a comment of the same paragraph after the precise event it comments on", () => {
    const quote = (paragraph: number) => ({ quote: { text: "q", paragraph } });
    expect(
      ordered([
        // "early March" has its middle on 5 March, before the attack of the 8th it is told with.
        event("comment", "2018-03-05", { approximate: true, ...quote(7) }),
        event("attack", "2018-03-08", quote(7)),
        event("unrelated", "2018-03-06", quote(9)),
        event("later", "2018-03-09", quote(9)),
      ]),
    ).toEqual(["unrelated", "attack", "comment", "later"]);
  });

  it("puts Huntsman's remark after the tariffs and the expulsion it comments on (shipped dataset)", () => {
    const parsed = parseDataset(
      JSON.parse(
        readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
      ),
    );
    if (!parsed.ok) throw new Error("the shipped dataset does not parse");
    const index = indexDataset(parsed.dataset as Dataset);
    const ids = Array.from(readingOrder(index.events), (p) => index.events[p]?.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at("huntsman-largest-expulsion")).toBeGreaterThan(at("us-steel-aluminium-tariffs"));
    expect(at("huntsman-largest-expulsion")).toBeGreaterThan(at("us-expels-russian-diplomats"));
    expect(at("huntsman-largest-expulsion")).toBeLessThan(at("abe-plans-washington-visit"));
    // Every event once.
    expect(new Set(ids).size).toBe(index.events.length);
  });
});
