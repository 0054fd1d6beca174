import { vi } from "vitest";

/**
 * `promise` settled under fake timers, which are moved on a millisecond at a time until it is:
 * for work that runs in steps, one per task (`stepsInTasks`).
 */
export async function settleWithTimers<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  const done = promise.finally(() => {
    settled = true;
  });
  for (let tick = 0; tick < 1000 && !settled; tick++) await vi.advanceTimersByTimeAsync(1);
  return done;
}
