import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stepsInTasks } from "./stepsInTasks";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("stepsInTasks", () => {
  it("runs one step per task, none in the caller's, and resolves with the result", async () => {
    const ran: number[] = [];
    function* counted() {
      for (let i = 0; i < 3; i++) {
        ran.push(i);
        yield;
      }
      return "done";
    }
    const result = stepsInTasks(counted());
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
    const result = stepsInTasks(failing());
    const caught = result.catch((error: Error) => error.message);
    await vi.runAllTimersAsync();
    expect(await caught).toBe("broken");
  });
});
