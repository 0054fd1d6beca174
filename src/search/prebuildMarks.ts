/**
 * User Timing marks around a search index built ahead (`prebuildSearch`): the benchmark waits for
 * the end of one that started before it measures, as its slices share the cores. A file of its
 * own so the benchmark reads it without the app's modules.
 */
export const PREBUILD_MARKS = { start: "search:prebuild-start", end: "search:prebuilt" } as const;
