import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../data/dates";
import { createAppStore } from "../store/appStore";
import { settledWindow, storeWindowSource } from "./windowSource";

const fallback = { start: 0, end: 1000 * DAY_MS };
/** A ten-day window from day `start`. */
const days = (start: number) => ({ start: start * DAY_MS, end: (start + 10) * DAY_MS });

describe("storeWindowSource", () => {
  it("gives the store's window, or the fallback while it has none", () => {
    const store = createAppStore();
    const source = storeWindowSource(store, fallback);
    expect(source.get()).toBe(fallback);
    const seen: unknown[] = [];
    const stop = source.subscribe((window) => seen.push(window));
    store.getState().setTimeWindow(days(100));
    expect(source.get()).toEqual(days(100));
    expect(seen).toEqual([days(100)]);
    stop();
    store.getState().setTimeWindow(days(300));
    expect(seen).toHaveLength(1);
  });
});

describe("settledWindow", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const store = createAppStore();
    let defer = false;
    const settled = settledWindow(storeWindowSource(store, fallback), () => defer, 100);
    const listener = vi.fn();
    const stop = settled.subscribe(listener);
    const set = (start: number, deferred: boolean) => {
      defer = deferred;
      store.getState().setTimeWindow(days(start));
      defer = false;
    };
    return { settled, listener, stop, set };
  }

  it("follows a change at once when it may not wait", () => {
    const { settled, listener, set } = setup();
    set(10, false);
    expect(settled.get()).toEqual(days(10));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("holds deferred changes until they pause, then takes the latest once", () => {
    const { settled, listener, set } = setup();
    for (let i = 1; i <= 5; i++) {
      set(i * 10, true);
      vi.advanceTimersByTime(60);
    }
    expect(settled.get()).toBe(fallback);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(settled.get()).toEqual(days(50));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("lets a change that may not wait overtake a pending one", () => {
    const { settled, listener, set } = setup();
    set(10, true);
    set(20, false);
    expect(settled.get()).toEqual(days(20));
    vi.advanceTimersByTime(200);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("stops following when its last listener leaves", () => {
    const { settled, listener, stop, set } = setup();
    set(10, true);
    stop();
    vi.advanceTimersByTime(200);
    set(20, false);
    expect(listener).not.toHaveBeenCalled();
    expect(settled.get()).toBe(fallback);
  });
});
