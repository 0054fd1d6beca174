/** MapLibre's worker, emitted by Vite as a file of its own (the one-file copy inlines it: mapWorkerUrl.single.ts). */
export { default as mapWorkerUrl } from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
