import { afterEach, describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { parseDataset } from "../data/parseDataset";
import { indexResult, packAnswer } from "./datasetAnswer";
import { loadDataset } from "./loadDataset";
import { takeTextParts } from "./textParts";

const DATASET = generateDataset({ events: 200, seed: 9 });

/**
 * A dataset worker as the page meets it: progress, then the long texts in parts (40 characters
 * each here, a million in the app), then the answer, each message a structured clone.
 */
class PartsWorker {
  static posted: string[] = [];
  /** When its fetch ended, on its clock: a moment ago. */
  static fetchedAt = performance.timeOrigin + performance.now() - 5;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onerror: unknown = null;

  postMessage() {
    const { answer } = packAnswer(parseDataset(DATASET));
    const messages: unknown[] = [
      { progress: { phase: "reading", bytes: 10, rows: 0 } },
      { fetchedAt: PartsWorker.fetchedAt },
      ...(answer.ok ? takeTextParts(answer.events, 40) : []),
      answer,
    ];
    PartsWorker.posted = messages.map((message) =>
      message && typeof message === "object" && "textPart" in message ? "part" : "other",
    );
    setTimeout(() => {
      for (const message of messages) this.onmessage?.({ data: structuredClone(message) });
    }, 0);
  }

  terminate() {}
}

describe("loadDataset with a worker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("puts the texts sent ahead in parts back into the answer", async () => {
    vi.stubGlobal("Worker", PartsWorker);
    const progress: string[] = [];
    const result = await loadDataset(
      { kind: "text", text: "unused by the fake worker" },
      { onProgress: (step) => progress.push(step.phase) },
    );
    expect(PartsWorker.posted.filter((kind) => kind === "part").length).toBeGreaterThan(10);
    expect(progress[0]).toBe("reading");
    // The worker's moment of arrival, put on the page's clock as a mark (what the bench reads).
    const fetched = performance.getEntriesByName("dataset:fetched", "mark").at(-1);
    expect(fetched?.startTime).toBeCloseTo(PartsWorker.fetchedAt - performance.timeOrigin, 3);
    // Without the parts put back, reading a title throws, and the page loads the text itself:
    // not a dataset at all.
    expect(result).toStrictEqual(indexResult(parseDataset(DATASET)));
  }, 30_000);
});
