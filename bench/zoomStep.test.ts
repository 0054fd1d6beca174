import { describe, expect, it } from "vitest";
import { loadTargets } from "./loadReport";
import { judgedZoomStep } from "./zoomStep";

describe("judgedZoomStep", () => {
  it("judges the net when the idle baseline leaves one", () => {
    expect(judgedZoomStep({ msPerStep: 10.92, netMsPerStep: 8.76 })).toEqual({
      ms: 8.76,
      text: "8.76 ms net",
    });
  });

  it("judges the gross when the baseline exceeded the step (the net clamped to 0)", () => {
    const judged = judgedZoomStep({ msPerStep: 8.85, netMsPerStep: 0 });
    expect(judged.ms).toBe(8.85);
    expect(judged.text).toBe("8.85 ms gross (the idle baseline exceeded the step)");
  });
});

describe("the million rows' zoom target", () => {
  const results = (zoom: { msPerStep: number; netMsPerStep: number }) =>
    ({
      ours: [{ dataset: "csv", events: 1_000_000, subject: "ours", errors: [], zoom }],
      vis: [],
      ratios: [],
    }) as unknown as Parameters<typeof loadTargets>[0];
  const zoomTarget = (zoom: { msPerStep: number; netMsPerStep: number }) =>
    loadTargets(results(zoom)).find((c) => c.target.endsWith("per zoom step"));

  it("misses on the gross when the net clamped to 0 (no pass on a figure not measured)", () => {
    expect(zoomTarget({ msPerStep: 8.85, netMsPerStep: 0 })).toMatchObject({
      status: "MISS",
      value: "8.85 ms gross (the idle baseline exceeded the step)",
    });
  });

  it("passes on a net under 8 ms", () => {
    expect(zoomTarget({ msPerStep: 9.5, netMsPerStep: 6.1 })).toMatchObject({
      status: "PASS",
      value: "6.10 ms net",
    });
  });
});
