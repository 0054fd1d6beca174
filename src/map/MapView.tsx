import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Place } from "../data/schema";
import { bindEditorToMap } from "../editor/bindEditorMap";
import type { Language } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { appStore, useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import {
  countsUndated,
  selectHighlightedPlaceIds,
  selectPlaceEventCounts,
} from "../store/selectors";
import { onIdle } from "../ui/onIdle";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import { afterTimelineDrawn } from "./afterTimelineDrawn";
import { bindMapToStore, mapCallbacks, mapPlaces, placesIn } from "./bindMapToStore";
import type { Rect } from "./frame";
import type { CjkFamily } from "./labelFamily";
import type { CjkFaces, MapAdapter, MapPlaces } from "./MapAdapter";
import { MapLegend } from "./MapLegend";
import { NoPlacesOnMap, showsNoPlaces } from "./NoPlacesOnMap";
import { PlacesList } from "./PlacesList";
import { describeHighlighted, describeShown, openingPlaces } from "./placeFeatures";
import { setShownMap } from "./shownMap";
import type { LabelFontFace } from "./style";
import { basemapUrl, exposesWebGL2, prefersDark, prefersReducedMotion } from "./webgl";
import "./map.css";

/** Four corners of a frame: the reset button's icon where a short map leaves it no words. */
const FRAME_ICON = "M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z";

const FallbackMap = lazy(() => import("./FallbackMap").then((m) => ({ default: m.FallbackMap })));

type Mode = "starting" | "map" | "fallback";

/**
 * React owns only the container: the adapter (and MapLibre, loaded on demand)
 * is made once the first dataset has come and destroyed on unmount; the store
 * drives it. Without WebGL2, an SVG map drawn from the same basemap stands in.
 *
 * `pending` (the first dataset still loading): the map's frame, "Loading the
 * map…" and the legend, so a phone's largest text (the legend) paints with the
 * page. The same component, and so the same legend element, stays when the data
 * comes: a legend made anew then was the page's largest paint, ~0.3–0.5 s later
 * (Chromium forgets a paint whose element is gone before the paint is timed).
 * MapLibre itself still starts after the data, and after the timeline has drawn
 * it: started beside a large load, or beside a large timeline's first render,
 * it made the timeline later (see the README's "Loading large data"). Its code and
 * the opening basemap (which the map starts with) are fetched meanwhile, when the page is idle.
 * Nor while the story on show has no places (NoPlacesOnMap says so instead): a map nobody sees
 * would cost MapLibre's start, its worker and its WebGL context (software WebGL here). It starts
 * with the first dataset that has places, or when the editor opens (places are put on the map),
 * and then stays, hidden under the words for a later story without places.
 */
export function MapView({ pending = false }: { pending?: boolean }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const attributionRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const [mode, setMode] = useState<Mode>("starting");
  const [contextLost, setContextLost] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // English's words for the two come with its later part (scripts/laterMessagesPlugin.ts); where
  // it cannot come (offline, not kept) the notice is empty rather than its key.
  const laterIn = useLaterMessages(mode === "fallback" || contextLost);
  // Until MapLibre (a large download) has drawn its first frame, the map says it is coming.
  const [drawn, setDrawn] = useState(false);
  const descriptionId = useId();
  const { t } = useTranslation();
  // Whether the map (or its SVG stand-in) has been asked for: once a dataset with places is shown.
  const noPlaces = useAppStore((state) => showsNoPlaces(state.index, state.editor !== null));
  const [wanted, setWanted] = useState(false);
  if (!pending && !noPlaces && !wanted) setWanted(true);

  // Nothing to draw: what waits for the map's first frame (the offline copy) need not wait.
  useEffect(() => {
    if (!pending && noPlaces && !wanted) appStore.getState().mapSettle();
  }, [pending, noPlaces, wanted]);

  useEffect(() => {
    if (!pending || !exposesWebGL2()) return;
    // The effect below imports it again and reports a failure; here it is only fetched early.
    // The opening basemap too (cached), so the map starts with it.
    const preload = () =>
      void import("./MapAdapter")
        .then(({ fetchOpeningBasemap, cjkFacesOf, labelsFamily }) =>
          Promise.all([
            fetchOpeningBasemap(basemapUrl()),
            cjkFacesOf(labelsFamilyNow(labelsFamily).family),
          ]),
        )
        .catch(() => {});
    return onIdle(preload);
  }, [pending]);

  // Once the data has come (useId's id never changes); the store drives the adapter from here on.
  useEffect(() => {
    if (!wanted) return;
    const { setMapAvailable } = appStore.getState();
    const container = containerRef.current;
    const attributionSlot = attributionRef.current;
    if (!container || !attributionSlot || !exposesWebGL2()) {
      setMapAvailable(false);
      setMode("fallback");
      return;
    }
    let cancelled = false;
    let unbind: (() => void) | null = null;
    const fail = () => {
      if (cancelled) return;
      setMapAvailable(false);
      setMode("fallback");
    };
    const dark = matchMedia("(prefers-color-scheme: dark)");
    const onScheme = () => adapterRef.current?.setTheme(prefersDark() ? "dark" : "light");
    const timeline = afterTimelineDrawn(appStore);
    timeline.drawn
      .then(() => import("./MapAdapter"))
      .then(async ({ MapAdapter, fetchOpeningBasemap, cjkFacesOf, labelsFamily }) => {
        const url = basemapUrl();
        const [basemap, , gestures] = await Promise.all([
          fetchOpeningBasemap(url),
          cjkFacesOf(labelsFamilyNow(labelsFamily).family),
          // An embed's map words its cooperative gestures: their words come first. Without them
          // (a failed download) the gestures stay cooperative, in MapLibre's own English words.
          appStore.getState().embed
            ? import("../embed/gestureWords").then((m) => m.gestureWords()).catch(() => ({}))
            : null,
        ]);
        // At once unless the labels changed script meanwhile (a language switch): the map starts
        // with their faces.
        const { language, initial, cjkFaces } = await facesOfCurrentLabels(
          labelsFamily,
          cjkFacesOf,
        );
        if (cancelled) return;
        const adapter = new MapAdapter({
          container,
          ...(gestures && { cooperative: gestures }),
          attributionSlot,
          basemapUrl: url,
          ...(basemap && { basemap }),
          initial,
          theme: prefersDark() ? "dark" : "light",
          language,
          cjkFaces,
          reducedMotion: prefersReducedMotion,
          ...mapCallbacks(appStore),
          covers: () => coversOf(container),
          onContextLost: () => setContextLost(true),
          // A missing basemap or a broken resource says so, instead of leaving a blank sea.
          onError: (error: Error) => {
            setLoadError(error.message);
            appStore.getState().mapSettle();
          },
          onContextRestored: () => setContextLost(false),
        });
        adapterRef.current = adapter;
        const onDrawn = () => {
          setDrawn(true);
          appStore.getState().mapSettle();
        };
        if (adapter.map.loaded()) onDrawn();
        else adapter.map.once("load", onDrawn);
        adapter.map.getCanvas().setAttribute("aria-describedby", descriptionId);
        if (window.__app) window.__app.map = adapter.map;
        setShownMap(adapter);
        const unbindMap = bindMapToStore(appStore, adapter);
        const unbindEditor = bindEditorToMap(appStore, adapter);
        unbind = () => {
          unbindMap();
          unbindEditor();
        };
        dark.addEventListener("change", onScheme);
        setMapAvailable(true);
        setMode("map");
      })
      .catch(fail);
    return () => {
      cancelled = true;
      timeline.cancel();
      dark.removeEventListener("change", onScheme);
      unbind?.();
      adapterRef.current?.destroy();
      adapterRef.current = null;
      if (window.__app) window.__app.map = null;
      setShownMap(null);
    };
  }, [wanted, descriptionId]);

  // The controls over the map: when one changes size, the adapter's frame is made clear of it
  // again (the reset button comes with the map, after its first frame; Russian's are wider).
  useEffect(() => {
    const stage = containerRef.current?.parentElement;
    if (mode !== "map" || !stage) return;
    const observer = new ResizeObserver(() => adapterRef.current?.coversChanged());
    for (const element of stage.querySelectorAll(COVERS)) observer.observe(element);
    return () => observer.disconnect();
  }, [mode]);

  // A dataset of another region (none of its places near the islands) goes back to its own places.
  const places = useAppStore((state) => state.index?.dataset.places);
  const ownPlaces = useMemo(() => (places ? openingPlaces(places) : []), [places]);
  const resetView = () => {
    const animate = !prefersReducedMotion();
    if (ownPlaces.length > 0) adapterRef.current?.fitPlaces(ownPlaces, { animate });
    else adapterRef.current?.resetView({ animate });
  };

  return (
    <div className="map-view" data-mode={pending ? "pending" : mode}>
      {mode === "fallback" && (
        <p className="map-message" role="status">
          {laterIn && t("mapNotice.noWebgl", { defaultValue: "" })}
        </p>
      )}
      <div className="map-stage">
        {mode === "fallback" ? (
          <Suspense fallback={<p className="map-message">{t("map.loadingSimplified")}</p>}>
            <FallbackMap descriptionId={descriptionId} />
          </Suspense>
        ) : (
          <div ref={containerRef} className="map-canvas" data-testid="map" />
        )}
        {mode !== "fallback" && !drawn && !loadError && (
          <p className="map-loading" role="status">
            {t("map.loading")}
          </p>
        )}
        {loadError && (
          <p className="map-message map-message-overlay" role="alert">
            {t("map.partFailed", { reason: loadError })}
          </p>
        )}
        {contextLost && (
          <p className="map-message map-message-overlay" role="status">
            {laterIn && t("mapNotice.contextLost", { defaultValue: "" })}
          </p>
        )}
        {!pending && (
          <div className="map-overlay">
            <PlacesList />
            {/* None for a story without places (the editor's new story): it has no islands. */}
            {mode === "map" && places?.length !== 0 && (
              <button type="button" className="map-reset" onClick={resetView}>
                <ToolbarIcon path={FRAME_ICON} />
                <span className="map-button-words">
                  {ownPlaces.length > 0 ? t("map.showAllPlaces") : t("map.showIslands")}
                </span>
              </button>
            )}
          </div>
        )}
        {/* MapLibre's attribution, which the adapter puts here: after the map's own controls. */}
        <div ref={attributionRef} className="map-attribution maplibregl-ctrl-bottom-right" />
        {/* Last, at a fixed place among the stage's children: the element outlives `pending`. */}
        <MapLegend />
      </div>
      <MapDescription id={descriptionId} />
      <NoPlacesOnMap />
    </div>
  );
}

type LabelsFamily = (places: readonly Place[], lang: Language) => CjkFamily | null;

/** The reader's language, the map's places in it, and the CJK family their labels need. */
function labelsFamilyNow(labelsFamily: LabelsFamily) {
  const state = appStore.getState();
  const language = selectLanguage(state);
  const initial = mapPlaces(state);
  return { language, initial, family: labelsFamily(initial.places, language) };
}

/**
 * The reader's language, the map's places and the CJK faces their labels need (none when all are
 * Latin or Cyrillic, as the shipped dataset's in English or Russian), for the map's first style:
 * MapLibre draws a character no declared face covers with the system's fonts, boxes on a machine
 * without CJK fonts, and keeps those glyphs until its faces change.
 */
async function facesOfCurrentLabels(
  labelsFamily: LabelsFamily,
  cjkFacesOf: (family: CjkFamily | null) => Promise<LabelFontFace[]>,
): Promise<{ language: Language; initial: MapPlaces; cjkFaces: CjkFaces }> {
  for (;;) {
    const { family } = labelsFamilyNow(labelsFamily);
    const faces = await cjkFacesOf(family);
    const now = labelsFamilyNow(labelsFamily);
    if (now.family === family) return { ...now, cjkFaces: { family, faces } };
  }
}

/**
 * The controls drawn over the map, in its stage. The attribution's ⓘ is one of its own: over a map
 * under 150 px it rises 24 px out of the attribution's box, above the line at the foot (map.css),
 * and the frame, which measured the box alone, put a place under it (at 320×568, beside the
 * reset button).
 */
const COVERS =
  ".map-overlay > *, .map-attribution > *, .map-attribution .maplibregl-ctrl-attrib-button, .map-legend";

/**
 * The boxes of the controls drawn over the map (Places and the reset button, the attribution and
 * its ⓘ, the legend), in the map's pixels, for the adapter to frame places clear of them. One
 * clipped away (the legend set aside in a short map, as .visually-hidden does) covers nothing.
 */
function coversOf(container: HTMLElement): Rect[] {
  const stage = container.parentElement;
  if (!stage) return [];
  const map = container.getBoundingClientRect();
  const covers: Rect[] = [];
  for (const element of stage.querySelectorAll(COVERS)) {
    if (getComputedStyle(element).clipPath !== "none") continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0)
      covers.push({ x: box.x - map.x, y: box.y - map.y, width: box.width, height: box.height });
  }
  return covers;
}

/** The map's text alternative, kept up to date from the store. */
function MapDescription({ id }: { id: string }) {
  const index = useAppStore((state) => state.index);
  const counts = useAppStore(selectPlaceEventCounts);
  const highlighted = useAppStore(selectHighlightedPlaceIds);
  const names = useAppStore((state) => state.names);
  const lang = useLanguage();
  const places = useMemo(() => placesIn(index, lang), [index, lang]);
  const byId = useMemo(() => new Map(places.map((place) => [place.id, place])), [places]);
  // Every place sorted by its count once per data, filter and naming, not on each selection.
  const shown = useMemo(
    () => (index ? describeShown(places, counts, names, undefined, countsUndated(index)) : ""),
    [index, places, counts, names],
  );
  const highlight = useMemo(
    () => describeHighlighted(byId, highlighted, names),
    [byId, highlighted, names],
  );
  const text = highlight ? `${shown} ${highlight}` : shown;
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
