import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NO_IDLE_CALLBACK_MS, onIdle } from "./onIdle";

/** A browser's idle callbacks, run when the test says the browser is idle. */
function stubIdleCallbacks() {
  const waiting = new Map<number, { run: IdleRequestCallback; options?: IdleRequestOptions }>();
  let next = 1;
  vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback, options?: IdleRequestOptions) => {
    waiting.set(next, { run, options });
    return next++;
  });
  vi.stubGlobal("cancelIdleCallback", (handle: number) => waiting.delete(handle));
  return {
    waiting,
    idle() {
      const now = [...waiting.values()];
      waiting.clear();
      for (const { run } of now) run({ didTimeout: false, timeRemaining: () => 50 });
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("onIdle with requestIdleCallback", () => {
  it("runs when the browser is idle, with the timeout asked for", () => {
    const browser = stubIdleCallbacks();
    const run = vi.fn();
    onIdle(run, { timeout: 2000 });
    expect([...browser.waiting.values()].map(({ options }) => options)).toEqual([
      { timeout: 2000 },
    ]);
    expect(run).not.toHaveBeenCalled();
    browser.idle();
    expect(run).toHaveBeenCalledTimes(1);
    // Called with nothing (the idle deadline is not passed on).
    expect(run).toHaveBeenCalledWith();
  });

  it("without a timeout, asks for none", () => {
    const browser = stubIdleCallbacks();
    onIdle(() => {}, {});
    expect([...browser.waiting.values()].map(({ options }) => options)).toEqual([undefined]);
  });

  it("waits `after` ms before it waits for idle", () => {
    const browser = stubIdleCallbacks();
    const run = vi.fn();
    onIdle(run, { timeout: 1000, after: 2000 });
    vi.advanceTimersByTime(1999);
    browser.idle();
    expect(run).not.toHaveBeenCalled();
    expect(browser.waiting.size).toBe(0);
    vi.advanceTimersByTime(1);
    expect([...browser.waiting.values()].map(({ options }) => options)).toEqual([
      { timeout: 1000 },
    ]);
    browser.idle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("cancelled while waiting for idle, never runs", () => {
    const browser = stubIdleCallbacks();
    const run = vi.fn();
    const cancel = onIdle(run, { timeout: 1000 });
    cancel();
    expect(browser.waiting.size).toBe(0);
    browser.idle();
    expect(run).not.toHaveBeenCalled();
  });

  it("cancelled during `after`, never asks for idle", () => {
    const browser = stubIdleCallbacks();
    const run = vi.fn();
    const cancel = onIdle(run, { timeout: 1000, after: 2000 });
    vi.advanceTimersByTime(1000);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(browser.waiting.size).toBe(0);
    browser.idle();
    expect(run).not.toHaveBeenCalled();
  });

  it("cancelled after the run, does nothing", () => {
    const browser = stubIdleCallbacks();
    const run = vi.fn();
    const cancel = onIdle(run, { timeout: 1000 });
    browser.idle();
    expect(() => cancel()).not.toThrow();
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe("onIdle where the browser has no requestIdleCallback", () => {
  it("runs NO_IDLE_CALLBACK_MS later, after `after`", () => {
    expect(typeof requestIdleCallback).toBe("undefined");
    const run = vi.fn();
    onIdle(run, { timeout: 1000, after: 2000 });
    vi.advanceTimersByTime(2000 + NO_IDLE_CALLBACK_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs NO_IDLE_CALLBACK_MS later without `after`, and not again", () => {
    const run = vi.fn();
    onIdle(run, {});
    vi.advanceTimersByTime(NO_IDLE_CALLBACK_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("cancelled before or after `after` has passed, never runs", () => {
    const run = vi.fn();
    onIdle(run, { after: 2000 })();
    const cancel = onIdle(run, { after: 2000 });
    vi.advanceTimersByTime(2000 + NO_IDLE_CALLBACK_MS / 2);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
