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

  it("starts again without the download worker when that worker fails", async () => {
    const { answer } = packAnswer(parseDataset(DATASET));
    const made: { script: string; asked: string[]; terminated: boolean }[] = [];
    class OneFailingWorker {
      onmessage: ((message: { data: unknown }) => void) | null = null;
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      private readonly record;
      constructor(script: URL) {
        this.record = {
          script: String(script).includes("downloadWorker") ? "download" : "dataset",
          asked: [] as string[],
          terminated: false,
        };
        made.push(this.record);
      }
      postMessage(data: { url: string; download?: MessagePort; port?: MessagePort }) {
        const { record } = this;
        record.asked.push(`${data.url}${data.download ? " on a port" : ""}`);
        // The download worker's script is refused; a dataset worker given a port would wait on
        // it, one without fetches by itself and answers.
        if (record.script === "download")
          setTimeout(() => this.onerror?.({ message: "refused", preventDefault() {} }), 0);
        else if (!data.download) setTimeout(() => this.onmessage?.({ data: answer }), 0);
      }
      terminate() {
        this.record.terminated = true;
      }
    }
    vi.stubGlobal("Worker", OneFailingWorker);
    vi.stubGlobal("location", { href: "https://example.org/story/" });
    const result = await loadDataset({ kind: "url", url: "data.json" });
    const url = "https://example.org/story/data.json";
    expect(made).toEqual([
      { script: "dataset", asked: [`${url} on a port`], terminated: true },
      { script: "download", asked: [url], terminated: true },
      { script: "dataset", asked: [url], terminated: true },
    ]);
    expect(result).toStrictEqual(indexResult(parseDataset(DATASET)));
  }, 30_000);
});
