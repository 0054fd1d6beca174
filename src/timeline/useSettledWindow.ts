import { type RefObject, useMemo, useSyncExternalStore } from "react";
import type { Interval } from "../data/dates";
import { settledWindow, type WindowSource } from "./windowSource";

/**
 * The window React renders: the live one, except while `deferring` says the
 * current change may wait (a gesture over a dense view; see windowSource).
 */
export function useSettledWindow(source: WindowSource, deferring: RefObject<boolean>): Interval {
  const store = useMemo(() => settledWindow(source, () => deferring.current), [source, deferring]);
  return useSyncExternalStore(store.subscribe, store.get);
}
