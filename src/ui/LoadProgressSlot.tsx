import { useLoadProgress } from "../load/loadProgress";
import { lazyPart, useLazyPart } from "./lazyPart";

/**
 * A dataset's load progress with Cancel (`LoadProgress`) is a chunk of its own, fetched as a load
 * starts: the shipped story opens too fast to show it, and it was 1.1 KB of the first load's gzip
 * with its messages (bench/firstLoad: 700.1 KB against the 700 KB aim). It shows after a moment
 * anyway (300 ms), by which time its code is here.
 */
const progressPart = lazyPart(
  "progress",
  () => import("./LoadProgress"),
  (module) => module.LoadProgress,
);

export function LoadProgressSlot() {
  const loading = useLoadProgress((state) => state.label !== null);
  const Part = useLazyPart(progressPart, loading);
  return loading && Part ? <Part /> : null;
}
