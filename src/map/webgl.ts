/** Whether this browser can give MapLibre a WebGL2 context. The probe context is released at once. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2");
    if (!gl) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    return false;
  }
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
