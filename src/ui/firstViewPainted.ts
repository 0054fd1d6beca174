/** The part of `PerformanceObserver` this needs (a test passes its own). */
export interface PaintObserverClass {
  new (
    callback: () => void,
  ): { observe(options: PerformanceObserverInit): void; disconnect(): void };
  readonly supportedEntryTypes?: readonly string[];
}

/**
 * Resolves once the browser has timed the paint of index.html's first view (its largest-paint
 * entry), or after `mostMs`: React's first render replaces that view, and Chromium forgets a paint
 * whose element is gone before the paint is timed, which on a loaded machine it was (Lighthouse
 * then took React's same legend, ~2 s later, as the largest paint). On a phone the paint has long
 * been timed when the script has come; without a first view, or a browser without the entry
 * type, it resolves at once.
 */
export function firstViewPainted(
  hasFirstView: boolean,
  Observer: PaintObserverClass | undefined,
  mostMs = 300,
): Promise<void> {
  if (!hasFirstView || !Observer?.supportedEntryTypes?.includes("largest-contentful-paint")) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new Observer(done);
    const timer = setTimeout(done, mostMs);
    observer.observe({ type: "largest-contentful-paint", buffered: true });
  });
}
