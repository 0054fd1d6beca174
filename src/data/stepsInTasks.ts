import type { Steps } from "./steps";

/**
 * Runs steps one per task, the first after the caller's task ends, so that the page paints and
 * answers between them; resolves with their result, rejects with what a step throws.
 */
export function stepsInTasks<T>(steps: Steps<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const step = () => {
      try {
        const next = steps.next();
        if (next.done) resolve(next.value);
        else setTimeout(step, 0);
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(step, 0);
  });
}
