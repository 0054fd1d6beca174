/** How long to wait for an idle moment, and after what. */
export interface IdleWait {
  /** The longest wait for an idle moment, ms (`requestIdleCallback`'s own); none: however long. */
  timeout?: number;
  /** A wait before the idle wait begins, ms. */
  after?: number;
}

/**
 * Where the browser has no `requestIdleCallback` (Safari), it cannot say when it is idle: the
 * work comes this long after instead, so the page's own first tasks still go before it.
 */
export const NO_IDLE_CALLBACK_MS = 200;

/**
 * Run `run` once the browser is idle (after `after` ms, if given): work that no reader waits for,
 * fetched or started ahead of need. Returns a cancel that is safe to call at any time, also
 * after the run.
 */
export function onIdle(run: () => void, { timeout, after }: IdleWait = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const waitForIdle = () => {
    timer = undefined;
    if (typeof requestIdleCallback === "function")
      idle = requestIdleCallback(() => run(), timeout === undefined ? undefined : { timeout });
    else timer = setTimeout(run, NO_IDLE_CALLBACK_MS);
  };
  if (after === undefined) waitForIdle();
  else timer = setTimeout(waitForIdle, after);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
