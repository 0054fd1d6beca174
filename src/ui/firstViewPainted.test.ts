import { afterEach, describe, expect, it, vi } from "vitest";
import { firstViewPainted, type PaintObserverClass } from "./firstViewPainted";

/** A PerformanceObserver whose entries the test delivers. */
function fakeObserver(types: string[] = ["largest-contentful-paint"]) {
  const made: {
    callback: () => void;
    observed: PerformanceObserverInit[];
    disconnected: boolean;
  }[] = [];
  const Observer = class {
    static supportedEntryTypes = types;
    record: (typeof made)[number];
    constructor(callback: () => void) {
      this.record = { callback, observed: [], disconnected: false };
      made.push(this.record);
    }
    observe(options: PerformanceObserverInit) {
      this.record.observed.push(options);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  } satisfies PaintObserverClass;
  return { Observer, made };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("firstViewPainted", () => {
  it("waits for the first view's largest paint to be timed, buffered entries included", async () => {
    vi.useFakeTimers();
    const { Observer, made } = fakeObserver();
    const painted = firstViewPainted(true, Observer, 300);
    expect(made[0]?.observed).toEqual([{ type: "largest-contentful-paint", buffered: true }]);
    expect(await settled(painted)).toBe(false);
    made[0]?.callback();
    expect(await settled(painted)).toBe(true);
    expect(made[0]?.disconnected).toBe(true);
  });

  it("waits no longer than its limit", async () => {
    vi.useFakeTimers();
    const { Observer, made } = fakeObserver();
    const painted = firstViewPainted(true, Observer, 300);
    vi.advanceTimersByTime(299);
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(painted)).toBe(true);
    expect(made[0]?.disconnected).toBe(true);
  });

  it("does not wait without a first view or where the browser does not time largest paints", async () => {
    const { Observer, made } = fakeObserver();
    expect(await settled(firstViewPainted(false, Observer))).toBe(true);
    expect(await settled(firstViewPainted(true, fakeObserver(["paint"]).Observer))).toBe(true);
    expect(await settled(firstViewPainted(true, undefined))).toBe(true);
    expect(made).toHaveLength(0);
  });
});
