/** In a one-file copy, MapLibre's worker is a blob made from its own inlined source. */
import source from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";

export const mapWorkerUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
