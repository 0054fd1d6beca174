/**
 * Resolves in a later task, so the browser can handle input and paint in
 * between: `scheduler.yield()` where there is one (it keeps this work ahead
 * of other queued tasks), else a zero-delay timeout.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
