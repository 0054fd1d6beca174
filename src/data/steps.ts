/**
 * Work written as steps: a generator that yields between slices of its work, so that a caller
 * with time to spare runs one slice per task (`useNextTaskValue`, `prepareReadingOrder`) and one
 * that needs the answer now runs them all at once.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the remaining steps in this task and returns their result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
