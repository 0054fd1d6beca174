/**
 * The map's MapLibre style, built as data: sources for an offline basemap
 * (filled from `public/basemap/`, see scripts/build-basemap.ts), labels drawn from bundled
 * Noto Sans files (`font-faces`, no glyph server), no sprite. Pure: the
 * adapter passes the URLs and the theme in, tests read the result.
 */

import notoSansRanges from "@fontsource/noto-sans/unicode.json";
import type { FeatureCollection } from "geojson";
import type {
  ExpressionSpecification,
  FilterSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import type { Language } from "../i18n/languages";
import { RADIUS_STOPS, RING_GAP_PX, RING_OUTER_PX } from "./placeFeatures";
import { referenceLabelField } from "./referenceLabels";

export type MapTheme = "light" | "dark";

export const SOURCES = {
  land: "land",
  borders: "borders",
  labels: "reference-labels",
  places: "places",
  areas: "areas",
  /** The selected places again, never clustered: drawn over the clusters that hold them. */
  selected: "selected-places",
} as const;

export const LAYERS = {
  background: "background",
  land: "land",
  borders: "borders",
  referenceLabels: "reference-labels",
  areasFill: "areas-fill",
  areasHatch: "areas-hatch",
  areasOutline: "areas-outline",
  clusters: "clusters",
  clusterCounts: "cluster-counts",
  placeHalo: "place-halo",
  placeCircles: "place-circles",
  placeLabels: "place-labels",
  /** The selected places, from their own source (SOURCES.selected), above every other place. */
  selectedHalo: "place-halo-selected",
  selectedCircles: "place-circles-selected",
  /** Their labels: placed first of the labels, so they win every collision. */
  selectedLabels: "place-labels-selected",
  /**
   * Places' circles as unseen icons, each above the labels that keep clear of them (MapLibre
   * places the top layer first): a label keeps clear of circles, not only of other labels (review
   * 35: "Kunashiri / Kunashir" lay across Hokkaido's ring, which read as Kunashir's).
   */
  placeObstacles: "place-obstacles",
  selectedObstacles: "place-obstacles-selected",
  /**
   * The name of a group drawn around other places ("Northern Territories / Southern Kurils"), which
   * lies among its members' circles: placed before them, so it is not pushed away by them
   * (walkthrough item 12).
   */
  groupLabels: "place-labels-group",
  selectedGroupLabels: "place-labels-group-selected",
} as const;

/**
 * The feature state of a name the map's edge cuts (edgeLabels.ts): drawn transparent, so a name is
 * wholly on the map or left out.
 */
export const CUT_STATE = "cut";

/** The opacity of a name: none when cut. */
const LABEL_OPACITY: ExpressionSpecification = [
  "case",
  ["boolean", ["feature-state", CUT_STATE], false],
  0,
  1,
];

/** Layers a click or hover can hit, most specific first. */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYERS.placeCircles,
  LAYERS.clusters,
  LAYERS.areasFill,
];

/** The generated image the disputed areas are hatched with (added by the adapter, no sprite). */
export const HATCH_IMAGE = "disputed-hatch";

/** A clear square the adapter makes, scaled to each circle's size: what labels keep clear of. */
export const OBSTACLE_IMAGE = "place-obstacle";
export const OBSTACLE_PX = 8;

export const FONT_REGULAR = "Noto Sans Regular";
export const FONT_BOLD = "Noto Sans SemiBold";

export const FONT_SUBSET_NAMES = ["latin", "latin-ext", "cyrillic", "vietnamese"] as const;
export type FontSubset = (typeof FONT_SUBSET_NAMES)[number];

/** woff2 URLs by weight and subset (see fonts.ts). */
export type FontFiles = Record<400 | 600, Record<FontSubset, string>>;

/**
 * Where each woff2 subset applies: the package's own table, read at build
 * time, so the ranges cannot drift from the files (`"U+0000-00FF,U+0131,…"`).
 */
const FONT_RANGES: Record<FontSubset, string[]> = Object.fromEntries(
  FONT_SUBSET_NAMES.map((subset) => [subset, notoSansRanges[subset].split(",")]),
) as Record<FontSubset, string[]>;

/** One declared font file with its Unicode range. */
export type LabelFontFace = Exclude<FontFacesSpecification[string], string>[number];

/**
 * `font-faces` for the two label fonts: bundled files only, no glyph server.
 * `more` faces (the reader's Japanese or Chinese script) follow Noto Sans in both.
 */
export function fontFaces(files: FontFiles, more: LabelFontFace[] = []): FontFacesSpecification {
  const faces = (weight: 400 | 600) => [
    ...FONT_SUBSET_NAMES.map((subset) => ({
      url: files[weight][subset],
      "unicode-range": FONT_RANGES[subset],
    })),
    ...more,
  ];
  return { [FONT_REGULAR]: faces(400), [FONT_BOLD]: faces(600) };
}

export interface Palette {
  sea: string;
  land: string;
  border: string;
  countryLabel: string;
  seaLabel: string;
  halo: string;
  place: string;
  placeStroke: string;
  placeLabel: string;
  selected: string;
  hovered: string;
  disputed: string;
  disputedFill: string;
  cluster: string;
  clusterText: string;
}

/** Land is one neutral colour: no country is coloured, the disputed islands least of all. */
export const PALETTES: Record<MapTheme, Palette> = {
  light: {
    sea: "#d9e6ef",
    land: "#f3f1ea",
    border: "#9c968c",
    countryLabel: "#5a6069",
    seaLabel: "#3e5f7c",
    halo: "#f3f1ea",
    place: "#37414d",
    placeStroke: "#ffffff",
    placeLabel: "#1b1f24",
    selected: "#b42318",
    hovered: "#c2410c",
    disputed: "#6b5200",
    disputedFill: "#ecdfb8",
    cluster: "#4a5360",
    clusterText: "#ffffff",
  },
  dark: {
    sea: "#0e1822",
    land: "#252b32",
    border: "#66707c",
    countryLabel: "#b3bcc7",
    seaLabel: "#8fb2d1",
    halo: "#111418",
    place: "#d6dde5",
    placeStroke: "#111418",
    placeLabel: "#e9edf1",
    selected: "#ff8a80",
    hovered: "#fdba74",
    disputed: "#e2c06a",
    disputedFill: "#3d3420",
    cluster: "#b3bcc7",
    clusterText: "#111418",
  },
};

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];

/** Circle radius in pixels by the number of shown events at the place. */
export const RADIUS_BY_COUNT = [
  "interpolate",
  ["linear"],
  ["coalesce", ["get", "count"], 0],
  ...RADIUS_STOPS.flat(),
] as unknown as ExpressionSpecification;

/** Paint values that depend on the theme, as [layer, property, value]: the style and `setTheme` share them. */
export function themePaint(theme: MapTheme): Array<[string, string, unknown]> {
  const p = PALETTES[theme];
  return [
    [LAYERS.background, "background-color", p.sea],
    [LAYERS.land, "fill-color", p.land],
    [LAYERS.borders, "line-color", p.border],
    [
      LAYERS.referenceLabels,
      "text-color",
      ["match", ["get", "kind"], "sea", p.seaLabel, p.countryLabel],
    ],
    [LAYERS.referenceLabels, "text-halo-color", p.halo],
    [LAYERS.areasFill, "fill-color", p.disputedFill],
    [
      LAYERS.areasOutline,
      "line-color",
      ["case", selected, p.selected, hovered, p.hovered, p.disputed],
    ],
    [LAYERS.clusters, "circle-color", p.cluster],
    [LAYERS.clusters, "circle-stroke-color", p.placeStroke],
    [LAYERS.clusterCounts, "text-color", p.clusterText],
    [LAYERS.placeHalo, "circle-stroke-color", ["case", selected, p.selected, p.hovered]],
    [
      LAYERS.placeCircles,
      "circle-color",
      [
        "case",
        selected,
        p.selected,
        hovered,
        p.hovered,
        ["==", ["get", "disputed"], true],
        p.disputed,
        p.place,
      ],
    ],
    [LAYERS.placeCircles, "circle-stroke-color", p.placeStroke],
    [LAYERS.selectedHalo, "circle-stroke-color", p.selected],
    [LAYERS.selectedCircles, "circle-color", p.selected],
    [LAYERS.selectedCircles, "circle-stroke-color", p.placeStroke],
    // The places' names: the others' layers, then the selected places'.
    ...[
      LAYERS.placeLabels,
      LAYERS.groupLabels,
      LAYERS.selectedLabels,
      LAYERS.selectedGroupLabels,
    ].flatMap(
      (id, i): Array<[string, string, unknown]> => [
        [id, "text-color", i < 2 ? ["case", selected, p.selected, p.placeLabel] : p.selected],
        [id, "text-halo-color", p.halo],
      ],
    ),
  ];
}

export interface StyleOptions {
  /** Absolute URLs of the label fonts. */
  fonts: FontFiles;
  /** Faces for the reader's Japanese or Chinese script (cjkFonts.ts), after Noto Sans. */
  cjkFaces?: LabelFontFace[];
  theme: MapTheme;
  /** Cluster the places (when a dataset has many). */
  cluster: boolean;
  /**
   * Data the sources start with (empty without): a source given its data here is tiled once,
   * where one filled after the style's `load` is tiled twice, and each pass is several
   * software-rendered frames here.
   */
  data?: Partial<Record<SourceId, FeatureCollection>>;
  /** The language the countries and seas are named in (English without). */
  lang?: Language;
  /** The reader asked for reduced motion: a paint change (the theme's colours) shows at once. */
  reducedMotion?: boolean;
}

export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

const notCluster: ExpressionSpecification = ["!", ["has", "point_count"]];

/** How a place's label is drawn, selected or not. */
const PLACE_LABEL_LAYOUT = {
  "text-field": ["get", "label"],
  "text-font": [
    "case",
    ["==", ["get", "disputed"], true],
    ["literal", [FONT_BOLD]],
    ["literal", [FONT_REGULAR]],
  ],
  "text-size": ["case", ["==", ["get", "disputed"], true], 13, 12],
  "text-variable-anchor": ["left", "right", "top", "bottom"],
  // Clear of its own circle and a selection's ring (radius + 5, stroked 3 px), which its
  // obstacle holds: 1.1 em drew a name of a place of 10 events and more over its own ring.
  "text-radial-offset": [
    "/",
    ["+", RADIUS_BY_COUNT, RING_OUTER_PX],
    ["case", ["==", ["get", "disputed"], true], 13, 12],
  ],
  "text-justify": "auto",
  "text-max-width": 10,
  // Bigger places win label collisions.
  "symbol-sort-key": ["-", 0, ["coalesce", ["get", "count"], 0]],
} as SymbolLayerSpecification["layout"];

/**
 * The labels of places with events but the selected ones (`selectedIds`), which their own layer
 * draws on top (LAYERS.selectedLabels). A layer's filter, not feature state, since which labels a
 * collision keeps is layout (the adapter sets it as the selection changes): a selected island's
 * name lost to the islands' group label.
 */
export function otherLabelsFilter(
  selectedIds: readonly string[],
  groups = false,
): FilterSpecification {
  return [
    "all",
    notCluster,
    [">", ["coalesce", ["get", "count"], 0], 0],
    ["!", ["in", ["get", "id"], ["literal", [...selectedIds]]]],
    isGroup(groups),
  ];
}

/** Places drawn around others (`groups`: placeFeatures' `group`) or the others. */
const isGroup = (groups: boolean): ExpressionSpecification => [
  groups ? "==" : "!=",
  ["get", "group"],
  true,
];

/** Places' circles as icons that are never seen but that labels keep clear of (LAYERS.placeObstacles). */
function obstacles(id: string, source: string): LayerSpecification {
  return {
    id,
    type: "symbol",
    source,
    filter: notCluster,
    layout: {
      "icon-image": OBSTACLE_IMAGE,
      "icon-size": ["/", ["*", 2, RADIUS_BY_COUNT], OBSTACLE_PX],
      "icon-allow-overlap": true,
      "icon-padding": 0,
    },
    paint: { "icon-opacity": 0 },
  };
}

const empty = (): FeatureCollection => ({ type: "FeatureCollection", features: [] });

export function buildStyle({
  fonts,
  cjkFaces = [],
  theme,
  cluster,
  data = {},
  lang = "en",
  reducedMotion = false,
}: StyleOptions): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: LAYERS.background, type: "background", paint: {} },
    { id: LAYERS.land, type: "fill", source: SOURCES.land, paint: { "fill-antialias": true } },
    {
      id: LAYERS.borders,
      type: "line",
      source: SOURCES.borders,
      layout: { "line-join": "round" },
      paint: { "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.5, 6, 1.2] },
    },
    {
      id: LAYERS.areasFill,
      type: "fill",
      source: SOURCES.areas,
      filter: ["!", ["get", "group"]],
      paint: { "fill-opacity": 0.9 },
    },
    {
      id: LAYERS.areasHatch,
      type: "fill",
      source: SOURCES.areas,
      filter: ["!", ["get", "group"]],
      paint: { "fill-pattern": HATCH_IMAGE },
    },
    {
      id: LAYERS.areasOutline,
      type: "line",
      source: SOURCES.areas,
      layout: { "line-join": "round" },
      paint: {
        "line-width": ["case", selected, 3, hovered, 2.5, ["get", "group"], 1, 1.5],
        "line-dasharray": [2, 1.5],
      },
    },
    {
      id: LAYERS.referenceLabels,
      type: "symbol",
      source: SOURCES.labels,
      filter: ["<=", ["get", "rank"], 2],
      layout: {
        "text-field": referenceLabelField(lang),
        "text-font": [FONT_REGULAR],
        "text-size": ["match", ["get", "kind"], "sea", 12, 11],
        "text-letter-spacing": ["match", ["get", "kind"], "sea", 0.05, 0.15],
        "text-max-width": 8,
        "symbol-sort-key": ["get", "rank"],
      },
      paint: { "text-halo-width": 1.2, "text-opacity": LABEL_OPACITY },
    },
    {
      id: LAYERS.clusters,
      type: "circle",
      source: SOURCES.places,
      filter: ["has", "point_count"],
      paint: {
        "circle-radius": [
          "interpolate",
          ["linear"],
          ["get", "point_count"],
          2,
          12,
          50,
          18,
          500,
          26,
        ],
        "circle-stroke-width": 1.5,
        "circle-opacity": 0.9,
      },
    },
    {
      id: LAYERS.clusterCounts,
      type: "symbol",
      source: SOURCES.places,
      filter: ["has", "point_count"],
      layout: {
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": [FONT_BOLD],
        "text-size": 12,
        "text-allow-overlap": true,
      },
      paint: {},
    },
    {
      // A ring around hovered and selected places: shape as well as colour.
      id: LAYERS.placeHalo,
      type: "circle",
      source: SOURCES.places,
      filter: notCluster,
      paint: {
        "circle-radius": ["+", RADIUS_BY_COUNT, RING_GAP_PX],
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-width": ["case", selected, 3, hovered, 2, 0],
      },
    },
    {
      id: LAYERS.placeCircles,
      type: "circle",
      source: SOURCES.places,
      filter: notCluster,
      paint: {
        "circle-radius": RADIUS_BY_COUNT,
        "circle-opacity": ["case", [">", ["coalesce", ["get", "count"], 0], 0], 0.9, 0.35],
        "circle-stroke-width": 1.5,
        "circle-stroke-opacity": ["case", [">", ["coalesce", ["get", "count"], 0], 0], 1, 0.35],
      },
    },
    {
      id: LAYERS.placeLabels,
      type: "symbol",
      source: SOURCES.places,
      filter: otherLabelsFilter([]),
      layout: PLACE_LABEL_LAYOUT,
      paint: { "text-halo-width": 1.5, "text-opacity": LABEL_OPACITY },
    },
    // The selected places over the rest: in a clustered dataset a cluster held them, and an
    // event's places were nowhere to be seen on a map framed to them (below clusterMaxZoom).
    // Unclustered, they lie exactly over their own circles, drawn alike.
    {
      id: LAYERS.selectedHalo,
      type: "circle",
      source: SOURCES.selected,
      paint: {
        "circle-radius": ["+", RADIUS_BY_COUNT, RING_GAP_PX],
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-width": 3,
      },
    },
    {
      id: LAYERS.selectedCircles,
      type: "circle",
      source: SOURCES.selected,
      paint: {
        "circle-radius": RADIUS_BY_COUNT,
        "circle-opacity": 0.9,
        "circle-stroke-width": 1.5,
      },
    },
    // Placed top first: a selected group's name, the selected circles, the other selected
    // names clear of them, a group's name if not selected, the other circles, then the
    // other names, clear of them all. A selected name keeps clear of the selection's circles only,
    // or the name of a place selected in a phone's 79 px strip lost to its neighbours' circles; an
    // group's name lies among its members' circles, and found no room clear of them.
    obstacles(LAYERS.placeObstacles, SOURCES.places),
    {
      id: LAYERS.groupLabels,
      type: "symbol",
      source: SOURCES.places,
      filter: otherLabelsFilter([], true),
      layout: PLACE_LABEL_LAYOUT,
      paint: { "text-halo-width": 1.5, "text-opacity": LABEL_OPACITY },
    },
    {
      id: LAYERS.selectedLabels,
      type: "symbol",
      source: SOURCES.selected,
      filter: isGroup(false),
      layout: PLACE_LABEL_LAYOUT,
      paint: { "text-halo-width": 1.5, "text-opacity": LABEL_OPACITY },
    },
    obstacles(LAYERS.selectedObstacles, SOURCES.selected),
    {
      id: LAYERS.selectedGroupLabels,
      type: "symbol",
      source: SOURCES.selected,
      filter: isGroup(true),
      layout: PLACE_LABEL_LAYOUT,
      paint: { "text-halo-width": 1.5, "text-opacity": LABEL_OPACITY },
    },
  ];

  for (const [layerId, property, value] of themePaint(theme)) {
    const layer = layers.find((l) => l.id === layerId);
    if (layer && "paint" in layer) (layer.paint as Record<string, unknown>)[property] = value;
  }

  return {
    version: 8,
    name: "Kurils timeline map",
    // No `glyphs` and no `sprite`: text comes from `font-faces`, the hatch is generated.
    "font-faces": fontFaces(fonts, cjkFaces),
    sources: {
      // The basemap comes from public/basemap/ (see basemapCodec.ts), the places from the dataset.
      [SOURCES.land]: { type: "geojson", data: data.land ?? empty(), tolerance: 0.3 },
      [SOURCES.borders]: { type: "geojson", data: data.borders ?? empty(), tolerance: 0.3 },
      // Ids for feature state (edgeLabels.ts): the English name, the selected places' own.
      [SOURCES.labels]: {
        type: "geojson",
        data: data["reference-labels"] ?? empty(),
        promoteId: "name",
      },
      [SOURCES.places]: {
        type: "geojson",
        data: data.places ?? empty(),
        promoteId: "id",
        cluster,
        clusterRadius: 40,
        clusterMaxZoom: 9,
      },
      [SOURCES.areas]: {
        type: "geojson",
        data: data.areas ?? empty(),
        promoteId: "id",
      },
      [SOURCES.selected]: {
        type: "geojson",
        data: data["selected-places"] ?? empty(),
        promoteId: "id",
      },
    },
    layers,
    // MapLibre eases every paint change over 300 ms by default, a frame each.
    ...(reducedMotion && { transition: { duration: 0, delay: 0 } }),
  };
}

/** Places above this count are clustered; below it every place stays its own circle. */
export const CLUSTER_THRESHOLD = 200;

/** "#rrggbb" as [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`invalid colour: ${hex}`);
  return [
    Number.parseInt(match[1] ?? "0", 16),
    Number.parseInt(match[2] ?? "0", 16),
    Number.parseInt(match[3] ?? "0", 16),
  ];
}

/**
 * Diagonal hatching, as RGBA pixels for `map.addImage`: the disputed islands
 * are told apart by texture, not by colour alone. `size` pixels square, one
 * line per tile so the pattern repeats seamlessly.
 */
export function hatchPattern(
  color: string,
  size = 12,
  lineWidth = 2.5,
): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the nearest line x + y = k * size (wrapping), rising to the right.
      const d = (x + y + 0.5) % size;
      const distance = Math.min(d, size - d) / Math.SQRT2;
      const alpha = Math.max(0, Math.min(1, lineWidth / 2 + 0.5 - distance));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}
