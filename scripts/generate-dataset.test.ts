import { describe, expect, it } from "vitest";
import { parseDataset } from "../src/data/parseDataset";
import { generateDataset, parseCliArgs } from "./generate-dataset";

describe("generateDataset", () => {
  it("makes 500 events that parse with no warnings", () => {
    const dataset = generateDataset({ events: 500, seed: 42 });
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
    expect(result.warnings).toEqual([]);
    expect(result.dataset.events).toHaveLength(500);
    expect(new Set(result.dataset.events.map((e) => e.id)).size).toBe(500);
    expect(result.dataset.places.length).toBeGreaterThanOrEqual(50);
  });

  it("mixes precisions, spans and approximate dates, dense around 2016–2018", () => {
    const { events } = generateDataset({ events: 2000, seed: 7 });
    const lengths = new Set(events.map((e) => e.start.length));
    expect(lengths).toEqual(new Set([4, 7, 10]));
    expect(events.some((e) => e.end !== undefined)).toBe(true);
    expect(events.some((e) => e.approximate)).toBe(true);
    const recent = events.filter((e) => e.start >= "2016" && e.start < "2019").length;
    expect(recent / events.length).toBeGreaterThan(0.5);
    expect(events.every((e) => e.start >= "1945" && e.start < "2019")).toBe(true);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = JSON.stringify(generateDataset({ events: 500, seed: 42 }));
    const b = JSON.stringify(generateDataset({ events: 500, seed: 42 }));
    const c = JSON.stringify(generateDataset({ events: 500, seed: 43 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => generateDataset({ events: 0, seed: 1 })).toThrow(/invalid events/);
  });
});

describe("parseCliArgs", () => {
  it("reads the options, with defaults for the ones left out", () => {
    expect(parseCliArgs([])).toEqual({
      events: 1000,
      seed: 42,
      out: null,
      pretty: false,
      csv: false,
    });
    expect(
      parseCliArgs([
        "--events",
        "10000",
        "--seed=7",
        "--places",
        "60",
        "--out",
        "x.json",
        "--pretty",
        "--realistic",
        "--csv",
      ]),
    ).toEqual({
      events: 10000,
      seed: 7,
      places: 60,
      out: "x.json",
      pretty: true,
      csv: true,
      realistic: true,
    });
  });

  it("fails with the usage on an unknown option or a value that is not an integer", () => {
    expect(() => parseCliArgs(["--size", "5"])).toThrow(/Unknown option '--size'[\s\S]*usage:/);
    expect(() => parseCliArgs(["--events", "many"])).toThrow(
      "invalid --events: many (must be an integer)",
    );
    expect(() => parseCliArgs(["--events"])).toThrow(/--events/);
  });
});
