/**
 * The one class that owns MapLibre. React gives it a container; the store
 * drives it through plain methods (see bindMapToStore.ts); it reports clicks
 * and hovers back through callbacks. Its own camera moves carry an
 * `{ fromAdapter: true }` event flag so they never echo back as user moves.
 *
 * Highlighting is feature state; place data is replaced with `setData` only
 * when the places, their counts or the naming perspective change, never on hover.
 */

import type { FeatureCollection } from "geojson";
import {
  AttributionControl,
  type GeoJSONSource,
  LngLat,
  LngLatBounds,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapMouseEvent,
  Marker,
  setWorkerUrl,
} from "maplibre-gl";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { mapLocale } from "../i18n/mapLocale";
import "maplibre-gl/dist/maplibre-gl.css";
import type { NamingPerspective } from "../data/names";
import type { Place } from "../data/schema";
import { type Basemap, type Box, basemapCovers, loadBasemap } from "./basemapCodec";
import { cutAtEdge } from "./edgeCircles";
import { hideCutLabels, type LabelKey } from "./edgeLabels";
import { absoluteFontFiles } from "./fonts";
import {
  clearPadding,
  clearRect,
  frameBounds,
  type Insets,
  inMercator,
  oneWorldZoom,
  type Rect,
} from "./frame";
import type { CjkFamily } from "./labelFamily";
import { placesLabelFamily } from "./mapLabelText";
import { mapPicture } from "./mapPicture";
import { mapWorkerUrl } from "./mapWorkerUrl";
import {
  OPENING_BOUNDS,
  placeAreas,
  placePoints,
  placesBounds,
  WORLD_BOUNDS,
} from "./placeFeatures";
import { referenceLabelField } from "./referenceLabels";
import {
  buildStyle,
  CLUSTER_THRESHOLD,
  fontFaces,
  HATCH_IMAGE,
  hatchPattern,
  INTERACTIVE_LAYERS,
  LAYERS,
  type LabelFontFace,
  type MapTheme,
  OBSTACLE_IMAGE,
  OBSTACLE_PX,
  otherLabelsFilter,
  PALETTES,
  SOURCES,
  type SourceId,
  themePaint,
} from "./style";

setWorkerUrl(mapWorkerUrl);

/**
 * The opening part of the basemap (cached), for `MapAdapterOptions.basemap`; undefined when it
 * fails (the adapter then fetches it again and reports it).
 */
export function fetchOpeningBasemap(basemapUrl: string): Promise<Basemap | undefined> {
  return loadBasemap(`${basemapUrl}${OPENING_BASEMAP}`).catch(() => undefined);
}

/**
 * The CJK family the labels of `places` (as the map has them: `placesIn`) and of the countries
 * and seas in `lang` are drawn in first; null when they are all Latin or Cyrillic (labelFamily.ts).
 */
export function labelsFamily(places: readonly Place[], lang: Language): CjkFamily | null {
  return placesLabelFamily(places, lang);
}

/**
 * The faces labels need besides Noto Sans: none for Latin or Cyrillic (`family` null), else the
 * list in `cjkFonts.ts` (its own chunk, 75 KB gzipped: only a map with labels in a CJK script
 * fetches it). None when it cannot be fetched: the system's fonts then draw.
 */
export function cjkFacesOf(family: CjkFamily | null): Promise<LabelFontFace[]> {
  if (!family) return Promise.resolve([]);
  return import("./cjkFonts").then(({ cjkFaces }) => cjkFaces(family)).catch(() => []);
}

/** CJK faces for the first style, and the family they were chosen for (`labelsFamily`). */
export interface CjkFaces {
  family: CjkFamily | null;
  faces: LabelFontFace[];
}

/** The basemap's credit, folded behind MapLibre's (i) button. */
const ATTRIBUTION = { compact: true, customAttribution: "Natural Earth" };

/** Opens framed on Hokkaido and the disputed islands. */
export const INITIAL_BOUNDS = new LngLatBounds(OPENING_BOUNDS);

export interface Highlight {
  selected: readonly string[];
  hovered: readonly string[];
}

/** The places to draw, with their counts of shown events and the names they go by. */
export interface MapPlaces {
  places: readonly Place[];
  counts: ReadonlyMap<string, number>;
  perspective: NamingPerspective;
}

/** The first part of the basemap the map shows (see basemapCodec.ts). */
export const OPENING_BASEMAP = "basemap-region.json";

export interface MapAdapterOptions {
  container: HTMLElement;
  /**
   * Inside another page (an embed): a swipe or the wheel scrolls that page, and the map moves with
   * two fingers or zooms with Ctrl (⌘) and the wheel, as it says when asked otherwise (MapLibre's
   * cooperative gestures, these their words). The map took every swipe, and a reader could not
   * scroll past it.
   */
  cooperative?: Record<string, string>;
  /**
   * Where the attribution goes: an element after the map's own controls (Places, the reset
   * button), so Tab reaches it after them. MapLibre's default puts it inside the map, before them.
   */
  attributionSlot: HTMLElement;
  /** Absolute URL of the generated basemap folder, ending in "/". */
  basemapUrl: string;
  /**
   * What the map starts with, when known before it is made (the opening basemap, the places):
   * built into the style, it is tiled once. Data given only after MapLibre's `load` (what the
   * adapter did before) tiled every source twice, ~4 more software-rendered frames per page load.
   */
  basemap?: Basemap;
  initial?: MapPlaces;
  theme: MapTheme;
  /** The interface's language when the map is made (`setLanguage` follows it from there). */
  language?: Language;
  /**
   * The faces the labels of `initial` in `language` need (`labelsFamily`, `cjkFacesOf`): in the
   * first style, so no label is ever drawn before its faces are known (MapLibre draws a character
   * no face covers with the system's fonts, boxes on a machine without CJK fonts). Without them
   * the adapter fetches them after `load`, holding back labels that need them until then.
   */
  cjkFaces?: CjkFaces;
  /** Whether camera moves should jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
  onPlaceClick?: (placeId: string) => void;
  /** Any click, with its position; true when it was used (the editor placing a place), so it selects nothing. */
  onMapClick?: (lngLat: [number, number]) => boolean;
  onPlaceHover?: (placeId: string | null) => void;
  /** The map reached `load`, or came back after a lost WebGL context. */
  onReady?: () => void;
  onContextLost?: () => void;
  onContextRestored?: () => void;
  /**
   * The boxes of what is drawn over the map (its buttons, attribution, legend), in the map's
   * pixels: framed places land clear of them.
   */
  covers?: () => readonly Rect[];
  /** The user (not the adapter) moved the camera. */
  onUserMove?: () => void;
  onError?: (error: Error) => void;
}

interface MoveEventData {
  fromAdapter?: boolean;
}

const OWN_MOVE: MoveEventData = { fromAdapter: true };

/** How far inside the map and from its controls a selected place's centre must lie to count as in
 * view: its circle (6–13 px for 1–10 events, placeFeatures' RADIUS_STOPS) and a little room. */
const PLACE_MARGIN = 16;

/** A map this high or lower is a strip (map.css's short map: a phone's, with the details open). */
const SHORT_MAP_PX = 150;

/** What fitBounds frames a selection with (`frameTarget`). */
interface FrameTarget {
  bounds: LngLatBounds;
  options: { padding: Insets; maxZoom?: number };
}

/** The layers drawn from the places' sources (hidden while a dataset's places replace another's). */
const PLACE_LAYERS = [
  LAYERS.areasFill,
  LAYERS.areasHatch,
  LAYERS.areasOutline,
  LAYERS.clusters,
  LAYERS.clusterCounts,
  LAYERS.placeHalo,
  LAYERS.placeCircles,
  LAYERS.placeLabels,
  LAYERS.selectedHalo,
  LAYERS.selectedCircles,
  LAYERS.placeObstacles,
  LAYERS.groupLabels,
  LAYERS.selectedLabels,
  LAYERS.selectedObstacles,
  LAYERS.selectedGroupLabels,
];

/** The longest the places stay hidden for another dataset's, whatever becomes of their tiles. */
const PLACES_HIDDEN_AT_MOST_MS = 3000;

export class MapAdapter {
  readonly map: MapLibreMap;
  private readonly options: MapAdapterOptions;
  private places: readonly Place[] = [];
  private placesById = new Map<string, Place>();
  /** The areas drawn around other places (`placeAreas`' groups): their names go first. */
  private groups: ReadonlySet<string> = new Set();
  private counts: ReadonlyMap<string, number> = new Map();
  private perspective: NamingPerspective = "both";
  /** Whether the sources hold the current places and basemap (written at `load` when not). */
  private placesSent = false;
  /**
   * While another dataset's places replace the last one's, the places' layers are hidden (see
   * `setPlaces`); each replacement is a turn, so that an earlier one's end shows nothing.
   */
  private placesHidden = false;
  private placesTurn = 0;
  private basemapSent = false;
  private language: Language = "en";
  /** Whether the countries' and seas' names are written in `language` (the first style has them). */
  private languageSent = true;
  /** The CJK family whose faces the style declares (null: none yet), and the one being fetched. */
  private facesFor: CjkFamily | null = null;
  private facesComing: CjkFamily | null = null;
  /** The family the labels need, for the places and language it was found for. */
  private wanted: { places: readonly Place[]; lang: Language; family: CjkFamily | null } | null =
    null;
  private theme: MapTheme;
  private highlight: Highlight = { selected: [], hovered: [] };
  /** Feature state as last written, so only changes are sent. */
  private written = new Map<string, { selected: boolean; hovered: boolean }>();
  /** The selected ids the other places' labels are filtered by (applyHighlight). */
  private labelsFilterKey = "";
  /** The selected ids the selected places' source was last given. */
  private selectedDataKey = "";
  private hoveredId: string | null = null;
  private ready = false;
  private basemap: Basemap | null = null;
  /** Fetches the whole basemap once a view reaches past the part on show. */
  private widenBasemap: () => void = () => {};
  /**
   * The adapter's last framing, redone without animation when the container
   * resizes (the layout settling, a phone turning), until the user moves the map.
   */
  private reframe: (() => void) | null = null;
  private pendingFrame: number | null = null;
  private destroyed = false;
  /** While a picture is taken: its pixel ratio resizes the canvas, not the map (no reframing). */
  private takingPicture = false;
  /** The names an edge of the map cut when last looked at, left out (edgeLabels.ts). */
  private cutLabels = new Map<string, LabelKey>();
  private readonly cleanups: Array<() => void> = [];

  /** Throws when MapLibre cannot start (no WebGL2): the caller shows the fallback. */
  constructor(options: MapAdapterOptions) {
    this.options = options;
    this.theme = options.theme;
    if (options.initial) {
      const { places, counts, perspective } = options.initial;
      this.setPlaces(places, counts);
      this.perspective = perspective;
    }
    this.basemap = options.basemap ?? null;
    this.language = options.language ?? "en";
    if (options.cjkFaces) this.facesFor = options.cjkFaces.family;
    // Read once, when the map starts (its label fade and paint transition); camera moves ask at
    // each move.
    const reduceMotion = options.reducedMotion();
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle({
        fonts: absoluteFontFiles(),
        cjkFaces: options.cjkFaces?.faces,
        theme: options.theme,
        cluster: this.clusterPlaces(),
        data: { ...this.basemapData(), ...(options.initial && this.placesData()) },
        lang: this.language,
        reducedMotion: reduceMotion,
      }),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      renderWorldCopies: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      keyboard: true,
      minZoom: oneWorldZoom(options.container.clientWidth),
      maxZoom: 11,
      attributionControl: false,
      locale: { ...mapLocale(), ...options.cooperative },
      cooperativeGestures: options.cooperative !== undefined,
      reduceMotion,
      // Labels fade in over 300 ms after every placement, a frame each (motion the reader asked
      // not to see). Without it a selection drew 2–3 frames instead of 5–10, and a click's
      // main-thread work on this machine's software WebGL fell from 463 to 186 ms.
      fadeDuration: reduceMotion ? 0 : 300,
    });
    const attribution = new AttributionControl(ATTRIBUTION);
    const credits = attribution.onAdd(this.map);
    options.attributionSlot.append(credits);
    this.cleanups.push(() => attribution.onRemove());
    // MapLibre names its canvas and attribution button once, when made: they follow the
    // interface's language (review 26: a screen reader heard the map in the one before a switch).
    const rename = () => {
      const words = mapLocale();
      this.map.getCanvas().setAttribute("aria-label", words["Map.Title"] ?? "");
      const toggle = credits.querySelector(".maplibregl-ctrl-attrib-button");
      for (const name of ["title", "aria-label"]) {
        toggle?.setAttribute(name, words["AttributionControl.ToggleAttribution"] ?? "");
      }
    };
    i18n.on("languageChanged", rename);
    this.cleanups.push(() => i18n.off("languageChanged", rename));
    this.resetView({ animate: false });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();

    // The hatch is generated, not fetched: no sprite. Made when a layer first asks for it
    // (and again after a lost context rebuilds the style).
    this.map.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE) this.addHatch();
      if (id === OBSTACLE_IMAGE && !this.map.hasImage(id)) {
        const data = new Uint8Array(OBSTACLE_PX * OBSTACLE_PX * 4);
        this.map.addImage(id, { width: OBSTACLE_PX, height: OBSTACLE_PX, data });
      }
    });
    // The region around the islands first (what the opening view shows); the whole world when a
    // view reaches past it (Moscow, Washington, zooming out).
    const showBasemap = (file: string) =>
      loadBasemap(`${options.basemapUrl}${file}`).then(
        (basemap) => {
          if (basemap === this.basemap) return this.widenBasemap();
          this.basemap = basemap;
          this.basemapSent = false;
          this.applyBasemap();
          this.widenBasemap();
        },
        (error: Error) => {
          this.widenBasemap = () => {};
          options.onError?.(error);
        },
      );
    this.widenBasemap = () => {
      if (!this.basemap || basemapCovers(this.basemap, this.viewBox())) return;
      this.widenBasemap = () => {};
      void showBasemap("basemap.json");
    };
    this.basemapSent = this.basemap !== null;
    this.placesSent = options.initial !== undefined;
    void showBasemap(OPENING_BASEMAP);
    this.on("load", () => {
      this.ready = true;
      // A language changed between the map's making and its load.
      this.applyLanguage();
      if (!this.basemapSent) this.applyBasemap();
      if (!this.placesSent) this.applyPlaces();
      this.applyHighlight(true);
      options.onReady?.();
    });
    this.on("webglcontextlost", () => {
      this.ready = false;
      options.onContextLost?.();
    });
    this.on("webglcontextrestored", () => {
      options.onContextRestored?.();
      // The rebuilt style has the data again but no feature state: write it once it has loaded.
      this.map.once("idle", () => {
        if (this.destroyed) return;
        this.ready = true;
        this.written.clear();
        this.applyBasemap();
        this.applyPlaces();
        this.applyHighlight(true);
        options.onReady?.();
      });
    });
    this.on("error", (event: { error?: Error }) => {
      if (event.error) options.onError?.(event.error);
    });
    this.on("mousemove", (event: MapMouseEvent) => this.pointerAt(event));
    this.on("mouseout", () => this.reportHover(null));
    this.on("click", (event: MapMouseEvent) => this.clickAt(event));
    this.on("moveend", (event: MoveEventData & { originalEvent?: Event }) => {
      this.widenBasemap();
      // Only moves from a person carry the DOM event (drag, wheel, keys, pinch).
      if (event.fromAdapter || !event.originalEvent) return;
      this.reframe = null;
      options.onUserMove?.();
    });
    // Once the labels are placed and nothing moves: hidden during a move, names would blink as
    // they cross the edge.
    this.on("idle", () => this.hideCutLabels());
    this.on("resize", () => {
      if (this.takingPicture) return;
      this.map.setMinZoom(oneWorldZoom(this.map.getContainer().clientWidth));
      this.reframe?.();
    });
    this.reframe = () => this.resetView({ animate: false });
  }

  private on(type: string, listener: (event: never) => void) {
    // MapLibre's overloads are per event name; one generic helper keeps the cleanup list simple.
    const map = this.map as unknown as {
      on: (t: string, l: (e: never) => void) => void;
      off: (t: string, l: (e: never) => void) => void;
    };
    map.on(type, listener);
    this.cleanups.push(() => map.off(type, listener));
  }

  // ------------------------------------------------------------ data

  /** The places and their counts of shown events; clusters when there are many. */
  /**
   * `another`: these are another dataset's places than the last. The last one's stayed drawn until
   * the new ones were (MapLibre's worker indexes them, the tiles are cut again, CJK faces may come
   * first): 0.3–2 s of another story's circles under this one's title. Hidden until then.
   */
  setPlaces(places: readonly Place[], counts: ReadonlyMap<string, number>, another = false) {
    if (places === this.places && counts === this.counts) return;
    if (another && places !== this.places) this.hidePlaces();
    if (places !== this.places) this.placesById = new Map(places.map((place) => [place.id, place]));
    this.places = places;
    this.counts = counts;
    this.placesSent = false;
    this.applyPlaces();
  }

  /**
   * Countries and seas are named in the interface's language; labels in Japanese or Chinese
   * script are drawn with that script's bundled font.
   */
  setLanguage(lang: Language) {
    if (lang === this.language) return;
    this.language = lang;
    this.languageSent = false;
    this.applyLabels();
  }

  /** Writes the labels that wait (countries and seas, places), or fetches the faces they need. */
  private applyLabels() {
    this.applyLanguage();
    if (!this.placesSent) this.applyPlaces();
  }

  private applyLanguage() {
    if (this.languageSent || !this.ready || !this.hasFaces()) return;
    this.map.setLayoutProperty(
      LAYERS.referenceLabels,
      "text-field",
      referenceLabelField(this.language),
    );
    this.languageSent = true;
  }

  /** The CJK family the current labels (places and language) need first, or null. */
  private wantedFamily(): CjkFamily | null {
    const { places, language: lang } = this;
    if (this.wanted?.places !== places || this.wanted.lang !== lang)
      this.wanted = { places, lang, family: labelsFamily(places, lang) };
    return this.wanted.family;
  }

  /**
   * Whether the style declares the faces the current labels need (by their script: a dataset's
   * Japanese names on an English page too); when not, fetches them, and only then writes the
   * labels (countries and seas, places), which keep the previous ones meanwhile: written first,
   * they were drawn as boxes until the faces came.
   */
  private hasFaces(): boolean {
    const family = this.wantedFamily();
    if (family === null || this.facesFor === family) return true;
    if (this.facesComing === family) return false;
    this.facesComing = family;
    void cjkFacesOf(family).then((faces) => {
      if (this.facesComing !== family) return;
      this.facesComing = null;
      // No style to give them to (a lost context): asked for again then.
      if (this.destroyed || !this.ready) return;
      if (family === this.wantedFamily()) {
        this.map.setFontFaces(fontFaces(absoluteFontFiles(), faces));
        this.facesFor = family;
      }
      // What waited is written now, even when the labels came to need other faces meanwhile
      // (declared already, or none: zh → ru kept the Chinese seas' names, as nothing else wrote
      // them), or those are fetched.
      this.applyLabels();
    });
    return false;
  }

  /** Labels follow the naming perspective (Japanese, Russian or both names). */
  setNames(perspective: NamingPerspective) {
    if (perspective === this.perspective) return;
    this.perspective = perspective;
    this.placesSent = false;
    this.applyPlaces();
  }

  /** The view's west, south, east and north. */
  private viewBox(): Box {
    const bounds = this.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  }

  /** The basemap's sources' data (none before the basemap has come); the style starts with it too. */
  private basemapData(): Partial<Record<SourceId, FeatureCollection>> {
    if (!this.basemap) return {};
    const { land, borders, labels } = this.basemap;
    return { [SOURCES.land]: land, [SOURCES.borders]: borders, [SOURCES.labels]: labels };
  }

  /** The places' sources' data; the style starts with it too. */
  private placesData() {
    const areas = placeAreas(this.places, this.counts, this.perspective);
    this.groups = new Set(
      areas.features.flatMap((f) => (f.properties.group ? [f.properties.id] : [])),
    );
    return {
      [SOURCES.places]: placePoints(this.places, this.counts, this.perspective, this.groups),
      [SOURCES.areas]: areas,
      [SOURCES.selected]: this.selectedPoints(),
    };
  }

  /** The selected places, for the layers drawn over every other place (and any cluster). */
  private selectedPoints() {
    this.selectedDataKey = this.highlight.selected.join("\n");
    const selected = this.highlight.selected
      .map((id) => this.placesById.get(id))
      .filter((place): place is Place => place !== undefined);
    return placePoints(selected, this.counts, this.perspective, this.groups);
  }

  private clusterPlaces(): boolean {
    return this.places.length > CLUSTER_THRESHOLD;
  }

  private applyBasemap() {
    if (!this.ready || !this.basemap) return;
    for (const [id, data] of Object.entries(this.basemapData()))
      this.map.getSource<GeoJSONSource>(id)?.setData(data);
    this.basemapSent = true;
  }

  private applyPlaces() {
    if (!this.ready || !this.hasFaces()) return;
    // The countries' and seas' names wait for the same faces (zh → ru: they waited for JP's, the
    // Russian places needed none, and they stayed Chinese).
    this.applyLanguage();
    const points = this.map.getSource<GeoJSONSource>(SOURCES.places);
    const areas = this.map.getSource<GeoJSONSource>(SOURCES.areas);
    const selected = this.map.getSource<GeoJSONSource>(SOURCES.selected);
    if (!points || !areas || !selected) return;
    const cluster = this.clusterPlaces();
    // Asked of the source, not remembered: a style rebuilt after a lost context has its first setting.
    if (points.getClusterOptions().cluster !== cluster) void points.setClusterOptions({ cluster });
    const data = this.placesData();
    const sent = Promise.all([
      points.setData(data.places),
      areas.setData(data.areas),
      selected.setData(data[SOURCES.selected]),
    ]);
    this.placesSent = true;
    if (this.placesHidden) this.showPlacesOnceDrawn(sent);
  }

  private hidePlaces() {
    this.placesTurn++;
    this.placesHidden = true;
    if (this.ready) this.setPlacesVisible(false);
  }

  /** Shows the places' layers once `sent` is in the sources and their tiles are cut again. */
  private showPlacesOnceDrawn(sent: Promise<unknown>) {
    const turn = this.placesTurn;
    const show = () => {
      this.map.off("sourcedata", whenLoaded);
      if (this.destroyed || turn !== this.placesTurn || !this.placesHidden) return;
      this.placesHidden = false;
      if (this.ready) this.setPlacesVisible(true);
    };
    const whenLoaded = () => {
      if (this.map.isSourceLoaded(SOURCES.places)) show();
    };
    void sent.then(() => {
      if (turn !== this.placesTurn) return;
      this.map.on("sourcedata", whenLoaded);
      whenLoaded();
    }, show);
    // Never hidden for long, whatever becomes of the tiles.
    window.setTimeout(show, PLACES_HIDDEN_AT_MOST_MS);
  }

  private setPlacesVisible(visible: boolean) {
    for (const layer of PLACE_LAYERS)
      if (this.map.getLayer(layer))
        this.map.setLayoutProperty(layer, "visibility", visible ? "visible" : "none");
  }

  // ------------------------------------------------------------ highlight

  /** Selected and hovered places, as feature state on the points and the areas. */
  setHighlight(highlight: Highlight) {
    this.highlight = highlight;
    this.applyHighlight(false);
  }

  private applyHighlight(force: boolean) {
    if (!this.ready) return;
    const selected = new Set(this.highlight.selected);
    const key = this.highlight.selected.join("\n");
    if ((force || key !== this.labelsFilterKey) && this.map.getLayer(LAYERS.placeLabels)) {
      this.labelsFilterKey = key;
      this.map.setFilter(LAYERS.placeLabels, otherLabelsFilter([...selected]));
      this.map.setFilter(LAYERS.groupLabels, otherLabelsFilter([...selected], true));
    }
    // Not again for the style's first data, which has them: each source is tiled once.
    if (key !== this.selectedDataKey)
      void this.map.getSource<GeoJSONSource>(SOURCES.selected)?.setData(this.selectedPoints());
    const hovered = new Set(this.highlight.hovered);
    const ids = new Set<string>([...selected, ...hovered, ...this.written.keys()]);
    for (const id of ids) {
      const state = { selected: selected.has(id), hovered: hovered.has(id) };
      const before = this.written.get(id);
      if (
        !force &&
        before &&
        before.selected === state.selected &&
        before.hovered === state.hovered
      )
        continue;
      this.map.setFeatureState({ source: SOURCES.places, id }, state);
      this.map.setFeatureState({ source: SOURCES.areas, id }, state);
      if (state.selected || state.hovered) this.written.set(id, state);
      else this.written.delete(id);
    }
  }

  // ------------------------------------------------------------ camera

  private duration(animate: boolean | undefined): number | undefined {
    return animate === false || this.options.reducedMotion() ? 0 : undefined;
  }

  /**
   * Room around a frame in the whole map, for its zoom: labels run to the right, the overlays
   * sit top and bottom.
   */
  private padding(): Insets {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const clamp = (value: number, max: number) => Math.round(Math.max(8, Math.min(max, value)));
    return {
      top: clamp(h * 0.2, 72),
      bottom: clamp(h * 0.15, 48),
      left: clamp(w * 0.08, 72),
      // Labels run to the right: on a narrow map the longest ("Northern Territories / Southern
      // Kurils", about 130 px wide) needs a third of it.
      right: w < 600 ? clamp(w * 0.34, 160) : clamp(w * 0.12, 110),
    };
  }

  /**
   * Padding to the largest part of the map its controls leave uncovered (clearRect), as measured
   * now; null when they leave none.
   */
  private clearPadding(): Insets | null {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const clear = clearRect(w, h, this.options.covers?.() ?? []);
    return clear.width >= 1 && clear.height >= 1 ? clearPadding(w, h, clear) : null;
  }

  /**
   * Frames the given places (a whole-world fit for Seattle to the Kurils): at the zoom that shows
   * their frame (frameBounds: one place with its surroundings) in the whole map, or further out
   * when they do not fit, with the places themselves in the part the controls leave clear. On a
   * phone with an event open that part is a band of the 79 px strip beside or under its buttons:
   * the frame's centre was the strip's, behind "Show the islands".
   * Waits one frame, so the layout the selection brings (a details sheet) is
   * measured, and a newer call replaces an older one; the map's resize frames again.
   */
  fitPlaces(ids: readonly string[], options: { animate?: boolean } = {}) {
    const places = ids.map((id) => this.placesById.get(id)).filter((p): p is Place => Boolean(p));
    if (!placesBounds(places)) return;
    const animated = this.duration(options.animate) !== 0;
    const frame = (animate: boolean) => {
      // Other places whose circles the frame would cut at the map's edge come in whole (review
      // 39: the islands half drawn at the top of Tokyo's frame); twice at most, as each widens it.
      // Not on a phone's strip, too short to take them in: there it widened to the world.
      const { clientWidth: width, clientHeight: height } = this.map.getContainer();
      let framed = places;
      let target = this.frameTarget(framed);
      for (let round = 0; round < 2 && height > SHORT_MAP_PX && !this.clusterPlaces(); round++) {
        const camera = target && this.map.cameraForBounds(target.bounds, target.options);
        if (!camera?.center || camera.zoom === undefined) break;
        const { lng, lat } = LngLat.convert(camera.center);
        const others = this.places.filter((place) => !framed.includes(place));
        const cut = cutAtEdge(
          others.map((place) => place.coordinates),
          { center: [lng, lat], zoom: camera.zoom },
          width,
          height,
        );
        if (cut.length === 0) break;
        framed = [...framed, ...cut.map((index) => others[index] as Place)];
        target = this.frameTarget(framed);
      }
      if (target)
        this.map.fitBounds(
          target.bounds,
          { ...target.options, duration: animate ? 900 : 0 },
          OWN_MOVE,
        );
    };
    this.reframe = () => frame(false);
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = null;
      if (!this.destroyed) frame(animated);
    });
  }

  /**
   * The box and padding that frame `places`: their frame (frameBounds) in the whole map, or, with
   * controls over it, the places themselves in the part those leave clear at no closer a zoom.
   */
  private frameTarget(places: readonly Place[]): FrameTarget | null {
    const bounds = placesBounds(places);
    if (!bounds) return null;
    const context = new LngLatBounds(frameBounds(bounds));
    const padding = this.clearPadding();
    if (!padding) return { bounds: context, options: { padding: this.padding() } };
    const zoom = this.map.cameraForBounds(context, { padding: this.padding() })?.zoom;
    return {
      bounds: new LngLatBounds(inMercator(bounds)),
      options: { padding, ...(zoom !== undefined && { maxZoom: zoom }) },
    };
  }

  /**
   * Brings a place into view when it is off screen or under the map's controls, at the zoom the
   * map has, in the part they leave clear; leaves the camera alone otherwise. Checked again when
   * the map changes size: a place in view on a phone's tall map could lie under the strip's
   * buttons once the details sheet had opened (Iturup's circle and label, from `?place=iturup`).
   * A short map (that strip) always has the place in its clear part's middle: there its label,
   * which runs 50–130 px to one side, was drawn under the buttons when the circle was clear.
   */
  showPlace(id: string | readonly [number, number], options: { animate?: boolean } = {}) {
    // Or a point: the editor's place whose coordinates are being typed (review 37).
    const at = typeof id === "string" ? this.placesById.get(id)?.coordinates : id;
    if (!at) return;
    const animate = this.duration(options.animate) !== 0;
    const [lon, lat] = at;
    const show = (duration: number) => {
      const short = this.map.getContainer().clientHeight <= SHORT_MAP_PX;
      if (!short && this.isInView(at, PLACE_MARGIN)) return;
      const padding = this.clearPadding();
      const camera = { center: [lon, lat] as [number, number] };
      if (!padding) return this.map.jumpTo(camera, OWN_MOVE);
      // A point's bounds at the zoom the map has: the point lands in the clear part's middle.
      this.map.fitBounds(
        new LngLatBounds([lon, lat, lon, lat]),
        { padding, maxZoom: this.map.getZoom(), duration, linear: true },
        OWN_MOVE,
      );
    };
    show(animate ? 600 : 0);
    this.reframe = () => show(0);
  }

  /** Whether a point lies on the map, `margin` px or more inside it and clear of its controls. */
  isInView([lon, lat]: readonly [number, number], margin = 0): boolean {
    const point = this.map.project([lon, lat]);
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const inside = (c: Rect) =>
      point.x >= c.x && point.y >= c.y && point.x <= c.x + c.width && point.y <= c.y + c.height;
    const grown = (c: Rect, by: number) => ({
      x: c.x - by,
      y: c.y - by,
      width: c.width + 2 * by,
      height: c.height + 2 * by,
    });
    return (
      inside(grown({ x: 0, y: 0, width: w, height: h }, -margin)) &&
      !(this.options.covers?.() ?? []).some((c) => inside(grown(c, margin)))
    );
  }

  /**
   * The controls over the map changed size (the reset button came, a language's longer words, the
   * attribution opened): the adapter's last frame is made again clear of them, as after a resize.
   */
  coversChanged() {
    if (!this.takingPicture) this.reframe?.();
  }

  /**
   * Back to the opening view; the world for a story without places (the editor's new story: the
   * shipped story's islands meant nothing there, review 37).
   */
  resetView(options: { animate?: boolean } = {}) {
    const duration = this.duration(options.animate);
    this.map.fitBounds(
      this.places.length ? INITIAL_BOUNDS : WORLD_BOUNDS,
      { padding: this.padding(), duration: duration === 0 ? 0 : 900 },
      OWN_MOVE,
    );
    this.reframe = () => this.resetView({ animate: false });
  }

  // ------------------------------------------------------------ theme

  setTheme(theme: MapTheme) {
    if (theme === this.theme) return;
    this.theme = theme;
    if (!this.map.style) return;
    for (const [layer, property, value] of themePaint(theme)) {
      if (this.map.getLayer(layer))
        this.map.setPaintProperty(layer, property as "fill-color", value as string);
    }
    if (this.map.hasImage(HATCH_IMAGE))
      this.map.updateImage(HATCH_IMAGE, hatchPattern(PALETTES[theme].disputed));
  }

  private addHatch() {
    if (this.map.hasImage(HATCH_IMAGE)) return;
    this.map.addImage(HATCH_IMAGE, hatchPattern(PALETTES[this.theme].disputed), { pixelRatio: 2 });
  }

  // ------------------------------------------------------------ pointer

  /** The place (or cluster) under a pixel, with a few pixels of slack for fingers. */
  private featureAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    if (!this.ready) return null;
    const { x, y } = event.point;
    const slack =
      event.originalEvent instanceof PointerEvent && event.originalEvent.pointerType === "touch"
        ? 12
        : 3;
    const layers = INTERACTIVE_LAYERS.filter((id) => this.map.getLayer(id));
    const features = this.map.queryRenderedFeatures(
      [
        [x - slack, y - slack],
        [x + slack, y + slack],
      ],
      { layers },
    );
    // Points before clusters before areas; among points, the nearest wins.
    for (const layer of INTERACTIVE_LAYERS) {
      const hits = features.filter((f) => f.layer.id === layer);
      if (hits.length === 0) continue;
      if (layer !== LAYERS.placeCircles) return hits[0] ?? null;
      let best: MapGeoJSONFeature | null = null;
      let bestDistance = Infinity;
      for (const hit of hits) {
        const place = this.placesById.get(String(hit.properties.id));
        if (!place) continue;
        const p = this.map.project(place.coordinates as [number, number]);
        const d = (p.x - x) ** 2 + (p.y - y) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          best = hit;
        }
      }
      return best ?? hits[0] ?? null;
    }
    return null;
  }

  private pointerAt(event: MapMouseEvent) {
    const feature = this.featureAt(event);
    const id =
      feature && feature.layer.id !== LAYERS.clusters ? String(feature.properties.id) : null;
    this.map.getCanvas().style.cursor = feature ? "pointer" : "";
    this.reportHover(id);
  }

  private reportHover(id: string | null) {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.options.onPlaceHover?.(id);
  }

  private clickAt(event: MapMouseEvent) {
    if (this.options.onMapClick?.([event.lngLat.lng, event.lngLat.lat])) return;
    const feature = this.featureAt(event);
    if (!feature) return;
    if (feature.layer.id === LAYERS.clusters) {
      const clusterId = Number(feature.properties.cluster_id);
      const source = this.map.getSource<GeoJSONSource>(SOURCES.places);
      const center = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        if (this.destroyed) return;
        const duration = this.duration(true);
        this.map.easeTo({ center, zoom, ...(duration === 0 ? { duration: 0 } : {}) }, OWN_MOVE);
      });
      return;
    }
    this.options.onPlaceClick?.(String(feature.properties.id));
  }

  // ------------------------------------------------------------ editing

  private editMarker: Marker | null = null;
  private onEditMarkerMove: ((lngLat: [number, number]) => void) | null = null;

  /** The editor's draggable marker for the place being edited, named `label`; null removes it. */
  setEditMarker(
    position: [number, number] | null,
    onMove: (lngLat: [number, number]) => void,
    label = "",
  ) {
    this.onEditMarkerMove = onMove;
    if (position === null) {
      this.editMarker?.remove();
      this.editMarker = null;
      return;
    }
    if (this.editMarker) {
      this.editMarker.setLngLat(position);
      this.editMarker.getElement().setAttribute("aria-label", label);
      return;
    }
    const marker = new Marker({ draggable: true, color: "#c2410c" })
      .setLngLat(position)
      .addTo(this.map);
    marker.getElement().setAttribute("aria-label", label);
    marker.getElement().dataset.testid = "edit-marker";
    marker.on("dragend", () => {
      const { lng, lat } = marker.getLngLat();
      this.onEditMarkerMove?.([lng, lat]);
    });
    this.editMarker = marker;
  }

  // ------------------------------------------------------------ pictures

  /** The map's size on the page, in CSS px. */
  size(): { width: number; height: number } {
    const container = this.map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  }

  /**
   * The map as shown, on a canvas of its own: rendered at `pixelRatio` when
   * that is more than the page's (a picture of more pixels than the page
   * shows), the page left as it was (mapPicture.ts). Null when it cannot be drawn.
   * `around` changes the map for the picture (drawnAt.ts: a phone's strip drawn anew
   * at the picture's size) and gives what puts it back; no reframing meanwhile.
   */
  picture(
    pixelRatio?: number,
    around?: (map: MapLibreMap) => () => void,
  ): HTMLCanvasElement | null {
    this.takingPicture = true;
    let back: (() => void) | undefined;
    try {
      back = around?.(this.map);
      // A map drawn anew at another size places its labels anew: cut ones are found on that frame.
      if (back) this.map.redraw();
      this.hideCutLabels();
      return mapPicture(this.map, pixelRatio);
    } finally {
      back?.();
      this.takingPicture = false;
      if (back) this.hideCutLabels();
    }
  }

  /** Leaves out the names an edge of the map cuts, as placed now (edgeLabels.ts). */
  private hideCutLabels() {
    if (this.map.style) this.cutLabels = hideCutLabels(this.map, this.cutLabels);
  }

  // ------------------------------------------------------------ lifecycle

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.editMarker?.remove();
    this.map.remove();
  }
}
