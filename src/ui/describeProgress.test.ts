import { describe, expect, it } from "vitest";
import { describeProgress } from "./LoadProgress";

describe("describeProgress", () => {
  it("tells bytes and rows while reading", () => {
    expect(
      describeProgress({ phase: "parsing", bytes: 4_200_000, total: 9_800_000, rows: 41_210 }),
    ).toEqual({
      percent: (4.2 / 9.8) * 100,
      detail: "Reading rows · 4.2 MB of 9.8 MB · 41,210 rows",
    });
  });

  it("tells events while indexing, indeterminate until the page counts them", () => {
    expect(describeProgress({ phase: "indexing", bytes: 0, rows: 0 })).toEqual({
      percent: null,
      detail: "Indexing events",
    });
    expect(
      describeProgress({ phase: "indexing", bytes: 0, rows: 250_000, total: 1_000_000 }),
    ).toEqual({
      percent: 25,
      detail: "Indexing · 250,000 of 1,000,000 events",
    });
  });
});
