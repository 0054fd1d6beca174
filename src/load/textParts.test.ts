import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { parseDataset } from "../data/parseDataset";
import { event } from "../test/fixtures";
import { type DatasetAnswer, indexResult, packAnswer, unpackAnswer } from "./datasetAnswer";
import { TextParts, takeTextParts } from "./textParts";

/** Packed, its long texts sent ahead in parts of `size` characters, each message cloned, unpacked. */
function viaWorkerInParts(dataset: unknown, size: number) {
  const { answer, transfer } = packAnswer(parseDataset(dataset));
  const messages = answer.ok ? takeTextParts(answer.events, size) : [];
  const parts = new TextParts();
  for (const message of messages) parts.add(structuredClone(message).textPart);
  const received = structuredClone(answer, { transfer }) as DatasetAnswer;
  if (received.ok) parts.restore(received.events);
  return { result: unpackAnswer(received), messages };
}

describe("the long texts sent ahead in parts", () => {
  it("give back the index the page would build itself", () => {
    const dataset = generateDataset({ events: 300, seed: 7 });
    const direct = indexResult(parseDataset(dataset));
    const { result, messages } = viaWorkerInParts(dataset, 500);
    const fields = new Set(messages.map((message) => message.textPart.field));
    expect([...fields].sort()).toEqual(["ids", "quotes", "summaries", "titles"]);
    expect(messages.length).toBeGreaterThan(3);
    expect(result).toStrictEqual(direct);
  }, 30_000);

  it("end where a text ends, so no text is cut, not even between the halves of a character", () => {
    // "😀" is two UTF-16 code units; parts of 3 characters would cut through some of them.
    const dataset = {
      meta: { title: "Emoji" },
      places: [],
      events: [
        event("smile", "2018", { title: "😀😀 smile" }),
        event("frown", "2017", { title: "x😀 frown" }),
        event("a", "2016", { title: "a" }),
        event("b", "2015", { title: "b" }),
      ],
    };
    const direct = indexResult(parseDataset(dataset));
    const { result, messages } = viaWorkerInParts(dataset, 3);
    const titles = messages.filter((message) => message.textPart.field === "titles");
    expect(titles.map((message) => message.textPart.text)).toEqual([
      "😀😀 smile",
      "x😀 frown",
      "ab",
    ]);
    expect(result).toStrictEqual(direct);
    expect(result.ok && result.index.events.map((e) => e.title)).toEqual([
      "b",
      "a",
      "x😀 frown",
      "😀😀 smile",
    ]);
  });

  it("are not taken from texts that fit in one part", () => {
    const dataset = generateDataset({ events: 20, seed: 3 });
    const { answer } = packAnswer(parseDataset(dataset));
    if (!answer.ok) throw new Error("the generated dataset is valid");
    const before = answer.events.titles;
    expect(takeTextParts(answer.events)).toEqual([]);
    expect(answer.events.titles).toBe(before);
  });
});
