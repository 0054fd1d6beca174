import { describe, expect, it } from "vitest";
import { splitLongestTasks, splitTasksAtPageTime, type TraceEvent } from "./gpuWaits";

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: "thread_name",
  ph: "M",
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
  name: "ThreadControllerImpl::RunTask",
  ph: "X",
  pid: 10,
  tid,
  ts,
  dur,
});
const wait = (ts: number, dur: number, tid = 1): TraceEvent => ({
  name: "CommandBufferProxyImpl::WaitForGetOffset",
  ph: "X",
  pid: 10,
  tid,
  ts,
  dur,
});

describe("splitLongestTasks", () => {
  const base = [thread(10, 1, "CrRendererMain"), thread(10, 2, "Compositor")];

  it("splits the longest task into its GPU waits and the rest", () => {
    const events = [
      ...base,
      task(0, 120_000),
      task(200_000, 400_000),
      wait(250_000, 200_000),
      wait(500_000, 50_000),
      task(700_000, 180_000),
    ];
    expect(splitLongestTasks(events)).toEqual({
      longestMs: 400,
      longestGpuWaitMs: 250,
      longestSourcePositionsMs: null,
      // The 180 ms task, with no wait, is now the longest.
      longestOwnMs: 180,
    });
  });

  it("counts a nested task once, inside its outer task", () => {
    const events = [...base, task(0, 300_000), task(10_000, 100_000), wait(20_000, 90_000)];
    expect(splitLongestTasks(events)).toEqual({
      longestMs: 300,
      longestGpuWaitMs: 90,
      longestSourcePositionsMs: null,
      longestOwnMs: 210,
    });
  });

  it("counts a checkpoint just after a task as part of it, and one on its own as a task", () => {
    const checkpoint = (ts: number, dur: number): TraceEvent => ({
      name: "BlinkScheduler_PerformMicrotaskCheckpoint",
      ph: "X",
      pid: 10,
      tid: 1,
      ts,
      dur,
    });
    const joined = [...base, task(0, 8_000), checkpoint(8_500, 65_000)];
    expect(splitLongestTasks(joined)?.longestMs).toBe(73.5);
    const alone = [...base, task(0, 8_000), checkpoint(100_000, 411_000)];
    expect(splitLongestTasks(alone)?.longestMs).toBe(411);
    // A task inside the window keeps the checkpoint that ends it just past the window, and its waits.
    const edge = [...base, task(0, 100_000), checkpoint(100_500, 200_000), wait(150_000, 120_000)];
    expect(splitLongestTasks(edge, 100_200)).toEqual({
      longestMs: 300.5,
      longestGpuWaitMs: 120,
      longestSourcePositionsMs: null,
      longestOwnMs: 180.5,
    });
  });

  it("takes V8's source-position collection (Playwright's stacks) out of the page's own work", () => {
    const positions = (ts: number, dur: number): TraceEvent => ({
      name: "V8.CollectSourcePositions",
      cat: "disabled-by-default-v8.compile",
      ph: "X",
      pid: 10,
      tid: 1,
      ts,
      dur,
    });
    const events = [
      ...base,
      // The module's evaluation: 100 ms of collection in two calls, one of them with a nested call.
      task(0, 230_000),
      positions(10_000, 60_000),
      positions(20_000, 30_000),
      positions(100_000, 40_000),
      // A map frame: 150 ms of it waiting for the GPU.
      task(300_000, 200_000),
      wait(320_000, 150_000),
    ];
    expect(splitLongestTasks(events)).toEqual({
      longestMs: 230,
      longestGpuWaitMs: 0,
      longestSourcePositionsMs: 100,
      longestOwnMs: 130,
    });
  });

  it("reads only tasks that start before the given time", () => {
    const events = [...base, task(0, 100_000), task(500_000, 900_000)];
    expect(splitLongestTasks(events, 400_000)?.longestMs).toBe(100);
  });

  it("reads the busiest renderer main thread, not other threads or idle frames", () => {
    const events = [
      ...base,
      thread(20, 1, "CrRendererMain"),
      { ...task(0, 50_000), pid: 20 },
      task(0, 90_000, 2),
      task(0, 70_000),
      task(100_000, 60_000),
    ];
    expect(splitLongestTasks(events)?.longestMs).toBe(70);
  });

  it("answers null when the trace has no main-thread task", () => {
    expect(splitLongestTasks(base)).toBeNull();
    expect(splitLongestTasks([])).toBeNull();
  });
});

describe("splitTasksAtPageTime", () => {
  const base = [thread(10, 1, "CrRendererMain")];
  const mark: TraceEvent = { name: "dataset:load-start", ph: "R", pid: 10, tid: 1, ts: 1_000_000 };

  it("places interactive on the trace's clock by the load-start mark", () => {
    // The mark is at 1 s on the trace's clock and 300 ms on the page's; interactive at 500 ms
    // on the page's clock is 1.2 s on the trace's: the 400 ms task starting at 1.25 s is after it.
    const events = [...base, mark, task(1_100_000, 90_000), task(1_250_000, 400_000)];
    expect(splitTasksAtPageTime(events, 300, 500)?.longestMs).toBe(90);
    expect(splitTasksAtPageTime(events, 300, 600)?.longestMs).toBe(400);
  });

  it("says so when the trace has no load-start mark", () => {
    expect(() => splitTasksAtPageTime([...base, task(0, 10_000)], 0, 100)).toThrow(/load-start/);
  });
});
