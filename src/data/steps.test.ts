import { describe, expect, it } from "vitest";
import { finishSteps } from "./steps";

describe("finishSteps", () => {
  it("runs a generator's remaining steps and returns its result", () => {
    const ran: number[] = [];
    function* counted() {
      for (let i = 0; i < 3; i++) {
        ran.push(i);
        yield;
      }
      return "done";
    }
    const steps = counted();
    steps.next();
    expect(finishSteps(steps)).toBe("done");
    expect(ran).toEqual([0, 1, 2]);
  });
});
