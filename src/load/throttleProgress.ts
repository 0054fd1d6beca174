import type { OnProgress } from "./importProgress";

/**
 * At most one progress message per `intervalMs`, and always the first of a
 * new phase. Unthrottled, a 44 MB download posted ~700 messages, each a render
 * of the progress bar on the page while the worker parsed: at 100,000 events
 * that cost ~300 ms of the load on this 2-core machine (bench, 2026-12-01).
 */
export function throttleProgress(
  send: OnProgress,
  intervalMs = 100,
  now: () => number = () => performance.now(),
): OnProgress {
  let last = Number.NEGATIVE_INFINITY;
  let phase: string | null = null;
  return (progress) => {
    const time = now();
    if (progress.phase === phase && time - last < intervalMs) return;
    phase = progress.phase;
    last = time;
    send(progress);
  };
}
