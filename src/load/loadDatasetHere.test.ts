import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { mutate, type Raw, RICH } from "../data/mutateEvent.testing";
import { readSample, SAMPLES } from "../import/samples";
import { mulberry32 } from "../test/random";
import { packAnswer } from "./datasetAnswer";
import type { ImportProgress as Progress } from "./importProgress";
import { loadAndPackHere, loadDatasetHere } from "./loadDatasetHere";

/** The worker's answer as it was made before `loadAndPackHere`: an event object each, then columns. */
async function answerBefore(text: string, name?: string) {
  const progress: Progress[] = [];
  const onProgress = (step: Progress) => progress.push(step);
  const result = await loadDatasetHere({ kind: "text", text, name }, onProgress);
  if (result.ok) onProgress({ phase: "indexing", bytes: 0, rows: 0 });
  return { ...packAnswer(result), progress };
}

async function answerNow(text: string, name?: string) {
  const progress: Progress[] = [];
  const packed = await loadAndPackHere({ kind: "text", text, name }, (step) => progress.push(step));
  return { ...packed, progress };
}

/** The same answer, warnings (and their order), buffers to transfer and progress told. */
async function expectSameAnswer(text: string, name?: string) {
  const before = await answerBefore(text, name);
  const now = await answerNow(text, name);
  expect(now.answer).toStrictEqual(before.answer);
  // Keys in the same order as well (the warnings', the places').
  expect(JSON.stringify(now.answer)).toBe(JSON.stringify(before.answer));
  const bytes = (buffer: ArrayBuffer) => Buffer.from(buffer).toString("base64");
  expect(now.transfer.map(bytes)).toEqual(before.transfer.map(bytes));
  expect(now.progress).toEqual(before.progress);
  return now.answer;
}

const json = (value: unknown) => JSON.stringify(value);

/** The worker's answer to `?data=` of `text`, its bytes arriving `size` at a time. */
async function answerDownloaded(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  vi.stubGlobal("fetch", async () => {
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
    return new Response(body, { headers: { "content-type": "application/json" } });
  });
  const progress: Progress[] = [];
  const packed = await loadAndPackHere({ kind: "url", url: "/data.json" }, (step) =>
    progress.push(step),
  );
  return { ...packed, progress };
}

/**
 * The same answer and buffers downloaded as given whole; `streamed`: whether it was checked while
 * it arrived (the whole text's reading tells "checking" first).
 */
async function expectSameDownloaded(text: string, sizes: number[], streamed: boolean) {
  const before = await answerBefore(text, "/data.json");
  const bytes = (buffer: ArrayBuffer) => Buffer.from(buffer).toString("base64");
  for (const size of sizes) {
    const now = await answerDownloaded(text, size);
    expect(JSON.stringify(now.answer)).toBe(JSON.stringify(before.answer));
    expect(now.transfer.map(bytes)).toEqual(before.transfer.map(bytes));
    const phases = new Set(now.progress.map((step) => step.phase));
    expect({ size, checkedWhole: phases.has("checking") }).toEqual({
      size,
      checkedWhole: !streamed,
    });
  }
}

// Each test loads several datasets twice: slow on a loaded 2-core machine.
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadAndPackHere", { timeout: 60_000 }, () => {
  it("answers the shipped dataset as before", async () => {
    const text = readFileSync(
      new URL("../../data/japan-russia-2018.json", import.meta.url),
      "utf8",
    );
    const answer = await expectSameAnswer(text, "/data/japan-russia-2018.json");
    expect(answer.ok && answer.events.ids.ends.length).toBeGreaterThan(10);
  });

  it("answers every real sample as before, whatever its format", async () => {
    for (const name of Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]) {
      await expectSameAnswer(readSample(name), SAMPLES[name]);
    }
  });

  it("answers generated datasets as before, realistic ones too", async () => {
    for (const options of [
      { events: 500, seed: 1 },
      { events: 2000, seed: 42, realistic: true },
      { events: 300, seed: 7, places: 3 },
    ]) {
      await expectSameAnswer(json(generateDataset(options)), "/generated.json");
    }
  });

  it("answers mutated events with the same warnings, in the same order", async () => {
    const random = mulberry32(23);
    for (let round = 0; round < 4; round++) {
      const dataset = generateDataset({ events: 400, seed: round, realistic: round % 2 === 0 });
      const raw = dataset.events as unknown as Raw[];
      const events: unknown[] = raw.map((event) => {
        let mutated: unknown = random() < 0.3 ? mutate(random, event) : event;
        if (random() < 0.1) mutated = mutate(random, mutated as Raw);
        return mutated;
      });
      // A duplicate, an end before its start, a place and a token no one knows, the richest event.
      events.push(raw[3], { ...raw[5], id: "ends-early", end: "1900" }, RICH);
      events.push({ ...raw[7], id: "nowhere", places: ["atlantis"], title: "In {atlantis}" });
      const undated = [
        { id: raw[0]?.id, title: "Again" },
        { id: "undated-1", title: "Later" },
      ];
      const answer = await expectSameAnswer(json({ ...dataset, events, undated }), "/mutated.json");
      expect(answer.ok && answer.warnings.length).toBeGreaterThan(20);
    }
  });

  it("fails as before where the text is not a dataset of ours", async () => {
    const event = { id: "a", title: "A", start: "2018", summary: "S" };
    for (const text of [
      "",
      "   ",
      "\uFEFF",
      "{",
      '{"meta": {"title": "T"}, "events": [',
      "<!doctype html><html></html>",
      "[]",
      "{}",
      json({ meta: { title: "T" }, events: [] }),
      json({ meta: {}, events: [event] }),
      json({ meta: { title: "T" }, events: [{ ...event, start: "never" }] }),
      json({ meta: { title: "T" }, events: "none" }),
      `\uFEFF${json({ meta: { title: "T" }, events: [event] })}`,
      json({ type: "FeatureCollection", features: [] }),
      "title,start\nA,2018\n",
      // A comment, named as one by both (the download's said "expected a value": review 32 F12).
      `// my story\n${json({ meta: { title: "T" }, events: [event] })}`,
      `\uFEFF/* c */ ${json({ meta: { title: "T" }, events: [event] })}`,
    ]) {
      await expectSameAnswer(text, "/x.json");
    }
  });

  it("checks a download of ours while it arrives, with the answer of the whole text", async () => {
    const shipped = readFileSync(
      new URL("../../data/japan-russia-2018.json", import.meta.url),
      "utf8",
    );
    await expectSameDownloaded(shipped, [1, 7, 4096, 65_536], true);
    const realistic = json(generateDataset({ events: 3000, seed: 9, realistic: true }));
    await expectSameDownloaded(realistic, [4096, 65_536], true);
    // Mutated events, duplicates and undated items before and after the events.
    const random = mulberry32(31);
    const dataset = generateDataset({ events: 500, seed: 4 });
    const raw = dataset.events as unknown as Raw[];
    const events = raw.map((event) => (random() < 0.3 ? mutate(random, event) : event));
    events.push(raw[2] as Raw, { ...raw[6], id: "nowhere", places: ["atlantis"] }, RICH);
    const undated = [
      { id: raw[0]?.id, title: "Again" },
      { id: "u-1", title: "Later" },
    ];
    const { meta, places, periods } = dataset;
    await expectSameDownloaded(json({ ...dataset, events, undated }), [1000], true);
    await expectSameDownloaded(json({ meta, undated, places, periods, events }), [1000], true);
    // Every event left out: the failure the whole text's reading gives.
    const none = json({ meta, places, events: [{ id: "x", title: "X", start: "never" }] });
    await expectSameDownloaded(none, [5], true);
  });

  it("says where a download's bytes are not UTF-8, whichever way it is read", async () => {
    // Windows-1252: "é" is the one byte 0xE9.
    const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const ours = `{"meta":{"title":"T"},\n"events":[{"id":"a","title":"Caf\xe9","start":"2018"}]}`;
    const csv = "title,start\nVisit,2018\nCaf\xe9,2018\n";
    const notUtf8 = (line: number) => ({ path: "", code: "notUtf8", params: { line } });
    for (const [url, bytes, line] of [
      ["/ours.json", latin(ours), 2],
      ["/rows.csv", latin(csv), 3],
    ] as const) {
      vi.stubGlobal("fetch", async () => new Response(bytes));
      const packed = await loadAndPackHere({ kind: "url", url });
      expect(packed.answer.ok && packed.answer.warnings[0]).toEqual(notUtf8(line));
      const loaded = await loadDatasetHere({ kind: "url", url });
      expect(loaded.ok && loaded.warnings[0]).toEqual(notUtf8(line));
    }
  });

  it("reads the whole text instead where a download is not what it can check as it arrives", async () => {
    const event = { id: "a", title: "A", start: "2018", summary: "S" };
    const meta = { title: "T" };
    for (const text of [
      json({ events: [event], meta }),
      json({ meta, events: [event], places: [] }),
      `{"meta":{"title":"T"},"meta":{"title":"U"},"events":[${json(event)}]}`,
      `{"meta":{"title":"T"},"events":[${json(event)}],"events":[${json(event)}]}`,
      `{"meta":{"title":"T"},"events":[${json(event)},]}`,
      `{"meta":{"title":"T"},"events":[${json(event)}]} trailing`,
      `{"meta":{"title":"T"},"events":[${json(event)}],"undated":[}`,
      json({ meta, events: [event], type: "FeatureCollection" }),
      json({ meta, events: [] }),
      json({ meta: {}, events: [event] }),
    ]) {
      await expectSameDownloaded(text, [3, 65_536], false);
    }
  });
});
