/**
 * Whether this browser has WebGL2 at all. Whether it can make a context is
 * learnt from MapLibre's own attempt (its constructor throws
 * GPUInitializationError, and the map falls back): a probe context made here
 * first cost ~260 ms of main thread with software WebGL, in the same task as
 * the first render, before MapLibre made its own (CPU profile, 2026-12-01).
 */
export function exposesWebGL2(): boolean {
  // `in`, not `typeof`: reading the interface makes it, 9–14 ms in the first render (a blank page, 2026-12-03).
  return "WebGL2RenderingContext" in globalThis;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export function prefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Absolute URL of the generated basemap folder (public/basemap/), under the app's base path. */
export function basemapUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}basemap/`, window.location.href).href;
}
