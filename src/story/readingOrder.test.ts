import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { parseDataset } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { event } from "../test/fixtures";
import { readingKeys, readingOrder, readingOrderSteps } from "./readingOrder";

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

  it("gives the comparator's order (key, shorter interval, time order) on mixed dates", () => {
    // A seeded mix: days, months and years, ends, approximate dates and shared paragraphs.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const day = () =>
      `2018-0${pick([2, 3, 4])}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const events = Array.from({ length: 3000 }, (_, i) => {
      const start = pick([day, day, day, () => "2018-03", () => "2018"])();
      return event(`e${i}`, start, {
        ...(random() < 0.3 && { approximate: true }),
        ...(random() < 0.1 && start.length === 10 && { end: "2018-05-01" }),
        ...(random() < 0.5 && { quote: { text: "q", paragraph: Math.floor(random() * 40) } }),
      });
    });
    const index = indexDataset({ periods: [], meta: { title: "t" }, places: [], events });
    const order = Array.from(readingOrder(index.events));
    const keys = readingKeys(index.events);
    // In steps of 500 events, the same order.
    const steps = readingOrderSteps(index.events, 500);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3 * (3000 / 500 - 1));
    expect(Array.from(step.value)).toEqual(order);
    const length = (p: number) => {
      const interval = index.events[p]?.interval;
      return interval ? interval.end - interval.start : 0;
    };
    // Each key as the rule states it: just after the latest precise event of the paragraph
    // inside an approximate event's range, if that is not before it.
    index.events.forEach((e, p) => {
      const { start, end } = e.interval;
      const own = e.approximate === true && e.end === undefined ? (start + end) / 2 : start;
      const inRange = index.events
        .filter((o) => o.approximate !== true && o.quote?.paragraph === e.quote?.paragraph)
        .map((o) => o.interval.start)
        .filter((s) => s >= start && s < end);
      const latest = Math.max(...inRange);
      const comments = e.approximate === true && e.quote !== undefined && latest >= own;
      expect(keys[p], e.id).toBe(comments ? latest + 1 : own);
    });
    expect([...order].sort((a, b) => a - b)).toEqual(index.events.map((_, p) => p));
    const moved = order.filter((p) => keys[p] !== index.events[p]?.interval.start);
    expect(moved.length).toBeGreaterThan(300);
    for (let i = 1; i < order.length; i++) {
      const a = order[i - 1] ?? 0;
      const b = order[i] ?? 0;
      const cmp = (keys[a] ?? 0) - (keys[b] ?? 0) || length(a) - length(b) || a - b;
      expect(cmp, `${index.events[a]?.id} before ${index.events[b]?.id}`).toBeLessThan(0);
    }
  });
});
