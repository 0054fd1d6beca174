import type { Interval } from "../data/dates";
import { TIMED_MIN_SPAN_MS } from "../data/timeWindow";
import type { SliceCreator } from "./types";

export interface TimeWindowSlice {
  /** The timeline's visible window in UTC ms; null until a dataset gives it a default. */
  timeWindow: Interval | null;
  setTimeWindow: (window: Interval) => void;
}

export const createTimeWindowSlice: SliceCreator<TimeWindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (window) => {
    if (!Number.isFinite(window.start) || !Number.isFinite(window.end)) return;
    const end = Math.max(window.end, window.start + TIMED_MIN_SPAN_MS);
    set({ timeWindow: { start: window.start, end } });
  },
});
