import type { Interval } from "../data/dates";
import type { SliceCreator } from "./types";

/** The shortest window the timeline zooms to: one day. */
export const MIN_WINDOW_MS = 86_400_000;

export interface TimeWindowSlice {
  /** The timeline's visible window in UTC ms; null until a dataset gives it a default. */
  timeWindow: Interval | null;
  setTimeWindow: (window: Interval) => void;
}

export const createTimeWindowSlice: SliceCreator<TimeWindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (window) => {
    if (!Number.isFinite(window.start) || !Number.isFinite(window.end)) return;
    const end = Math.max(window.end, window.start + MIN_WINDOW_MS);
    set({ timeWindow: { start: window.start, end } });
  },
});
