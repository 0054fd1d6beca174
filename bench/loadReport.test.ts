import { describe, expect, it } from "vitest";
import { neverFrozen } from "./loadReport";
import type { SubjectResult } from "./types";

const loaded = (result: Partial<SubjectResult>): SubjectResult => ({
  subject: "ours",
  events: 100_000,
  dataset: "synthetic",
  bytes: 43_900_000,
  errors: [],
  ...result,
});
const split = (longestMs: number, longestGpuWaitMs: number, longestOwnMs: number) => ({
  longestMs,
  longestGpuWaitMs,
  longestSourcePositionsMs: null,
  longestOwnMs,
});

describe("neverFrozen", () => {
  it("judges a reader's load by its longest task once the GPU waits are out", () => {
    const check = neverFrozen(
      loaded({ longestTaskMs: 511, readerLoadSplit: split(499.3, 455, 197.4) }),
    );
    expect(check).toEqual({
      target:
        "100,000 synthetic JSON (43.9 MB): no main-thread task > 200 ms while loading (a reader's browser, GPU waits out)",
      value: "197.4 ms (with GPU waits 499.3 ms; Long Tasks under Playwright 511 ms)",
      status: "PASS",
    });
  });

  it("misses when the page's own work in a reader's load passes 200 ms", () => {
    const check = neverFrozen(
      loaded({ longestTaskMs: 399, readerLoadSplit: split(556, 516.5, 242.7) }),
    );
    expect(check.status).toBe("MISS");
  });

  it("falls back to the Long Tasks figure when the reader's load could not be traced", () => {
    expect(neverFrozen(loaded({ longestTaskMs: 356, readerLoadSplit: null }))).toEqual({
      target: "100,000 synthetic JSON (43.9 MB): no main-thread task > 200 ms while loading",
      value: "356 ms",
      status: "MISS",
    });
    expect(neverFrozen(loaded({ longestTaskMs: null })).status).toBe("PASS");
  });
});
