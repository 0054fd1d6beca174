/** Bounded waiting: every step of the benchmark has a deadline. */

export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} timed out after ${(ms / 1000).toFixed(1)} s`);
    this.name = "TimeoutError";
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
}

/** Something that can evaluate an expression in a page (Playwright's Page). */
interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Poll `expression` in the page until it is truthy. Page-side polling
 * (`waitForFunction` with a string) would be an eval, which the app's CSP
 * forbids; `evaluate` goes through CDP and is not subject to it.
 */
export async function waitForExpression(
  page: Evaluator,
  expression: string,
  timeoutMs: number,
  what: string,
  pollMs = 100,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) throw new TimeoutError(what, timeoutMs);
    if (await withTimeout(page.evaluate(expression), left, what)) return;
    await sleep(pollMs);
  }
}
