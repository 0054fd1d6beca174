/**
 * Where the real, published sample files are: read from the packages that ship them; the
 * StoryMapJS examples and a TimelineJS 2 file, which no package ships, are copied unedited beside
 * this file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = (path: string) =>
  fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const SAMPLES = {
  cosmo: root("@knight-lab/timelinejs/src/template/cosmo.json"),
  cosmoMixed: root("@knight-lab/timelinejs/src/template/cosmo-mixed.json"),
  allMediaTypes: root("@knight-lab/timelinejs/src/template/all-media-types.json"),
  myOwnTimeline: root("@knight-lab/timelinejs/src/template/my-own-timeline.csv"),
  womenInComputing: root("@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv"),
  /** USGS "All Earthquakes, Past Week" (February 2018), as vega-datasets ships it. */
  usgsEarthquakes: root("vega-datasets/data/earthquakes.json"),
  /** StoryMapJS's own examples, copied unedited (no package ships them): see samples/storymapjs/README.md. */
  markTwain: here("samples/storymapjs/marktwain.json"),
  population: here("samples/storymapjs/population.json"),
  /** A map without dates, as most story maps are: Flickr photos by place. */
  flickrZachWise: here("samples/storymapjs/flickr-zach.wise.json"),
  /** A story drawn on a painting (a gigapixel map), not on the Earth. */
  seurat: here("samples/storymapjs/seurat.json"),
  /** A story whose last slide is a second overview slide. */
  katrina: here("samples/storymapjs/katrina.json"),
  /** A story drawn on its author's own tiles (a picture). */
  bobBoilen: here("samples/storymapjs/bob-boilen.json"),
  /** TimelineJS 2's own example, in the format TimelineJS 3 replaced: see samples/timelinejs2/README.md. */
  timelineJs2: here("samples/timelinejs2/example_json.json"),
} as const;

export function readSample(name: keyof typeof SAMPLES): string {
  return readFileSync(SAMPLES[name], "utf8");
}
