import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { parseDataset } from "../data/parseDataset";
import { packAnswer, unpackAnswer } from "./datasetAnswer";
import { SLICE_EVENTS, SLICE_MS, STEP_EVENTS, unpackAnswerInSlices } from "./unpackInSlices";

const EVENTS = SLICE_EVENTS * 2 + 123;

function answer() {
  return packAnswer(parseDataset(generateDataset({ events: EVENTS, seed: 5, realistic: true })))
    .answer;
}

describe("unpacking the worker's answer in slices", () => {
  it("gives the index that unpacking it at once gives, telling each slice", async () => {
    const slices: number[] = [];
    const sliced = await unpackAnswerInSlices(answer(), {
      onSlice: (done) => slices.push(done),
      now: () => 0,
    });
    const whole = unpackAnswer(answer());
    expect(slices).toEqual([SLICE_EVENTS, SLICE_EVENTS * 2, EVENTS]);
    expect(sliced?.ok).toBe(true);
    if (!sliced?.ok || !whole.ok) return;
    expect(sliced.index.events).toEqual(whole.index.events);
    expect(sliced.index.dataset).toEqual(whole.index.dataset);
    expect(sliced.index.eventsByPlace).toEqual(whole.index.eventsByPlace);
    expect(sliced.index.byId.get("event-000042")).toBe(
      sliced.index.events.find((e) => e.id === "event-000042"),
    );
  }, 30_000);

  it("gives events in time order that span one interval one shared interval, across slices", async () => {
    const result = await unpackAnswerInSlices(answer());
    if (!result?.ok) throw new Error("not indexed");
    const { events, starts, ends } = result.index;
    let runs = 0;
    events.forEach((event, i) => {
      expect(event.interval).toEqual({ start: starts[i], end: ends[i] });
      const previous = events[i - 1]?.interval;
      const same = previous?.start === event.interval.start && previous.end === event.interval.end;
      if (same) expect(event.interval).toBe(previous);
      else runs++;
    });
    expect(new Set(events.map((event) => event.interval)).size).toBe(runs);
    expect(runs).toBeLessThan(EVENTS);
    // This seed's events on either side of the first slice's end share a day.
    expect(events[SLICE_EVENTS]?.interval).toBe(events[SLICE_EVENTS - 1]?.interval);
  }, 30_000);

  it("ends a slice sooner when its work takes longer than SLICE_MS", async () => {
    const slices: number[] = [];
    // Each look at the clock finds the events since the last look took SLICE_MS / 2.
    let clock = 0;
    const now = () => {
      clock += SLICE_MS / 2;
      return clock;
    };
    await unpackAnswerInSlices(answer(), { onSlice: (done) => slices.push(done), now });
    // Each slice began at one look; the second look, after its first step, finds it at SLICE_MS / 2,
    // the third, after its second, at SLICE_MS.
    expect(slices.slice(0, 3)).toEqual([2, 4, 6].map((steps) => steps * STEP_EVENTS));
    expect(slices.at(-1)).toBe(EVENTS);
  }, 30_000);

  it("stops between slices when cancelled", async () => {
    const controller = new AbortController();
    const result = unpackAnswerInSlices(answer(), {
      signal: controller.signal,
      onSlice: () => controller.abort(),
    });
    expect(await result).toBeNull();
  }, 30_000);

  it("looks every event up by id with the worker's table, made on no slice", async () => {
    const result = await unpackAnswerInSlices(answer());
    if (!result?.ok) throw new Error("not indexed");
    for (const event of result.index.events) expect(result.index.byId.get(event.id)).toBe(event);
    expect(result.index.byId.has("event-999999")).toBe(false);
  }, 30_000);
});
