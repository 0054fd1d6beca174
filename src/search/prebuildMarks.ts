/**
 * What is known of a search index built ahead (`prebuildSearch`) before its code loads: the sizes
 * it is built for (`bindPrebuild` fetches its code only for those), and the User Timing marks
 * around it: the benchmark waits for the end of one that started before it measures, as its
 * slices share the cores. A file of its own so the benchmark reads it without the app's modules.
 */
export const PREBUILD_MARKS = { start: "search:prebuild-start", end: "search:prebuilt" } as const;

/**
 * The sizes of dataset whose search index is built ahead. Built on first use, 100,000 realistic
 * events (50 MB) kept "Preparing search…" on screen 4–9 s after the box was focused, and typing
 * lagged meanwhile (5 December, this machine, another browser running). Under 10,000 events the
 * build takes a moment on first use, so the search code is not fetched ahead for them; a million
 * one-line events' index (4.6 s and 32 MB of heap in Node, a token per row's number) is built
 * only when a reader asks for it: seconds of processor time a reader may never use.
 */
export const PREBUILT_EVENTS = { min: 10_000, max: 250_000 } as const;

/** Whether a dataset of `events` events has its search index built ahead. */
export const isPrebuiltSize = (events: number): boolean =>
  events >= PREBUILT_EVENTS.min && events <= PREBUILT_EVENTS.max;
