import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { finishSteps } from "./steps";
import { stepsInTasks } from "./stepsInTasks";

/** Three steps, each noted in `ran` as it runs. */
function* counted(ran: number[]) {
  for (let i = 0; i < 3; i++) {
    ran.push(i);
    yield;
  }
  return "done";
}

describe("finishSteps", () => {
  it("runs a generator's remaining steps and returns its result", () => {
    const ran: number[] = [];
    const steps = counted(ran);
    steps.next();
    expect(finishSteps(steps)).toBe("done");
    expect(ran).toEqual([0, 1, 2]);
  });
});

describe("stepsInTasks", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs one step per task, none in the caller's, and resolves with the result", async () => {
    const ran: number[] = [];
    const result = stepsInTasks(counted(ran));
    expect(ran).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([0]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([0, 1]);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe("done");
    expect(ran).toEqual([0, 1, 2]);
  });

  it("rejects with what a step throws", async () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error("broken");
    }
    const caught = stepsInTasks(failing()).catch((error: Error) => error.message);
    await vi.runAllTimersAsync();
    expect(await caught).toBe("broken");
  });
});
