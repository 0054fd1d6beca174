/**
 * The map without WebGL: an SVG drawn with d3-geo from the same basemap files
 * as the MapLibre map, with the places as focusable circles. It frames the
 * selection the way the real map does: the selected event's places, or the
 * selected place, or Hokkaido and the islands.
 */

import { geoPath } from "d3-geo";
import "./fallbackMap.css";
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { editMarkerPosition } from "../editor/bindEditorMap";
import { followEditedPlace } from "../editor/followEditedPlace";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { appStore, useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { selectHighlightedPlaceIds, selectPlaceEventCounts } from "../store/selectors";
import { useElementSize } from "../timeline/useElementSize";
import { onIdle } from "../ui/onIdle";
import { type Basemap, loadBasemap } from "./basemapCodec";
import { hoveredPlaceIds, placesIn } from "./bindMapToStore";
import {
  type FallbackMarker,
  fallbackMarkers,
  fallbackProjection,
  frameOf,
  partsIn,
  prepareParts,
  shownBox,
} from "./fallbackLayout";
import { rewindForD3 } from "./geoRewind";
import {
  type Bounds,
  openingPlaces,
  placeAreas,
  placesBounds,
  radiusForCount,
  WORLD_BOUNDS,
} from "./placeFeatures";
import { basemapUrl } from "./webgl";

function pointBounds([lon, lat]: readonly [number, number]): Bounds {
  return [lon, lat, lon, lat];
}

/**
 * Select a place, or clear the selection when it is the selected one. While an event is being
 * edited the place joins or leaves it instead, as on MapLibre's map (`mapCallbacks`).
 */
function togglePlace(id: string) {
  const { selectedPlaceId, selectPlace, editPlaceClicked } = appStore.getState();
  if (!editPlaceClicked(id)) selectPlace(selectedPlaceId === id ? null : id);
}

export function FallbackMap({ descriptionId }: { descriptionId: string }) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(wrapperRef);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [failed, setFailed] = useState(false);
  // Its words are English's later part (scripts/laterMessagesPlugin.ts); empty if they cannot come.
  const laterIn = useLaterMessages(failed);

  const index = useAppStore((state) => state.index);
  const counts = useAppStore(selectPlaceEventCounts);
  const names = useAppStore((state) => state.names);
  const lang = useAppStore(selectLanguage);
  const { t } = useTranslation();
  const highlighted = useAppStore(selectHighlightedPlaceIds);
  const hoveredIds = useAppStore(useShallow(hoveredPlaceIds));
  const selectedId = useAppStore((state) => state.selectedPlaceId);
  const hoverPlace = useAppStore((state) => state.hoverPlace);

  useEffect(() => {
    let cancelled = false;
    loadBasemap(`${basemapUrl()}basemap.json`).then(
      (loaded) => !cancelled && setBasemap(loaded),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const places = placesIn(index, lang);
  // The editor's place whose typed coordinates lay out of view, while its form is open (as
  // MapLibre's map follows it, editor/followEditedPlace.ts).
  const [followed, setFollowed] = useState<readonly [number, number] | null>(null);
  const editing = useAppStore((state) => editMarkerPosition(state) !== null);
  const shownFollowed = editing ? followed : null;
  // With nothing highlighted, the dataset's own places when none lies near the islands, as
  // MapLibre's opening frame (openingPlaces): an imported story of the USA opened on Hokkaido.
  // A story without places (the editor's new story) shows the world, as MapLibre's does.
  const frame = useMemo(() => {
    if (places.length === 0) return WORLD_BOUNDS;
    const framed = places.filter((place) => highlighted.includes(place.id));
    if (framed.length === 0 && shownFollowed) return frameOf(pointBounds(shownFollowed));
    const own = framed.length === 0 && openingPlaces(places).length > 0;
    return frameOf(placesBounds(own ? places : framed));
  }, [places, highlighted, shownFollowed]);

  const projection = useMemo(
    () => fallbackProjection(frame, width, height),
    [frame, width, height],
  );

  // Followed only when out of view, as MapLibre's showPlace does.
  const inView = useRef<(point: readonly [number, number]) => boolean>(() => true);
  inView.current = (point) => {
    const [x, y] = projection([point[0], point[1]]) ?? [-1, -1];
    return x >= 0 && y >= 0 && x <= width && y <= height;
  };
  useEffect(
    () =>
      followEditedPlace(appStore, () => ({
        showPlace: (point) => {
          if (typeof point !== "string" && !inView.current(point)) setFollowed(point);
        },
        resetView: () => {},
      })),
    [],
  );

  const paths = useMemo(() => {
    if (!basemap || width === 0 || height === 0) return null;
    const path = geoPath(projection);
    // Only the parts that can show, once prepared (below): projecting the whole world's took
    // 6.8–8.0 ms a selection around the islands or Moscow, 0.7–2.4 ms so (Node, this machine).
    const box = shownBox(projection, width, height);
    return {
      land: path(partsIn(basemap.land, box)) ?? "",
      borders: path(partsIn(basemap.borders, box)) ?? "",
    };
  }, [basemap, projection, width, height]);

  useEffect(() => {
    if (!basemap) return;
    return onIdle(() => {
      prepareParts(basemap.land);
      prepareParts(basemap.borders);
    });
  }, [basemap]);

  const areas = useMemo(() => {
    const path = geoPath(projection);
    return placeAreas(places, counts, names).features.map((feature) => ({
      id: feature.properties.id,
      group: feature.properties.group,
      d: path({ ...feature, geometry: rewindForD3(feature.geometry) }) ?? "",
    }));
  }, [places, counts, names, projection]);

  const markers = useMemo(
    () => fallbackMarkers(places, counts, names, projection, width, height),
    [places, counts, names, projection, width, height],
  );
  const hovered = useMemo(() => new Set(hoveredIds), [hoveredIds]);
  const highlightedSet = useMemo(() => new Set(highlighted), [highlighted]);

  return (
    <div ref={wrapperRef} className="fallback-map" data-testid="fallback-map">
      {failed && (
        <p className="map-message">
          {laterIn && t("mapNotice.basemapFailed", { defaultValue: "" })}
        </p>
      )}
      {width > 0 && height > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: an SVG map holding focusable places; a fieldset cannot hold SVG.
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={t("map.simplified")}
          aria-describedby={descriptionId}
        >
          <defs>
            <pattern
              id="fallback-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="fallback-disputed-fill" />
              <line x1="0" y1="0" x2="0" y2="6" className="fallback-hatch-line" />
            </pattern>
          </defs>
          <rect width={width} height={height} className="fallback-sea" />
          {paths && <path d={paths.land} className="fallback-land" />}
          {paths && <path d={paths.borders} className="fallback-borders" />}
          {areas.map((area) => (
            <path
              key={area.id}
              d={area.d}
              className="fallback-area"
              data-group={area.group || undefined}
              data-selected={highlightedSet.has(area.id) || undefined}
              fill={area.group ? "none" : "url(#fallback-hatch)"}
            />
          ))}
          {markers.map((marker) => (
            <FallbackPlace
              key={marker.place.id}
              marker={marker}
              highlighted={highlightedSet.has(marker.place.id)}
              pressed={selectedId === marker.place.id}
              hovered={hovered.has(marker.place.id)}
              onHover={hoverPlace}
            />
          ))}
        </svg>
      )}
    </div>
  );
}

interface FallbackPlaceProps {
  marker: FallbackMarker;
  /** The place is selected, or one of the selected event's. */
  highlighted: boolean;
  /** The place itself is selected. */
  pressed: boolean;
  hovered: boolean;
  onHover: (id: string | null) => void;
}

/** One place: a circle, and its label when it has events; both are the click target. */
const FallbackPlace = memo(function FallbackPlace({
  marker: { place, x, y, count, label },
  highlighted,
  pressed,
  hovered,
  onHover,
}: FallbackPlaceProps) {
  const { t } = useTranslation();
  const r = radiusForCount(count);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        togglePlace(place.id);
      }
    },
    [place.id],
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this group is one.
    <g
      role="button"
      tabIndex={0}
      aria-label={t("map.placeButton", { name: label, count })}
      aria-pressed={pressed}
      className="fallback-place"
      data-selected={highlighted || undefined}
      data-hovered={hovered || undefined}
      data-disputed={place.disputed || undefined}
      data-empty={count === 0 || undefined}
      data-place-id={place.id}
      transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
      onClick={() => togglePlace(place.id)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onHover(place.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(place.id)}
      onBlur={() => onHover(null)}
    >
      <circle r={Math.max(r + 6, 12)} className="fallback-hit" />
      <circle r={r} className="fallback-dot" />
      {/* Keyed by its text: another label (the naming switch) is measured afresh. */}
      {count > 0 && <PlaceLabel key={label} x={r} label={label} />}
    </g>
  );
});

/** The space around a label that is still part of the click target. */
const LABEL_MARGIN = 4;
const LABEL_HALF_HEIGHT = 10;

/** A place's label, with a click area the size of the text as drawn (measured, once fonts load too). */
function PlaceLabel({ x, label }: { x: number; label: string }) {
  const textRef = useRef<SVGTextElement>(null);
  const [box, setBox] = useState<{ right: number; top: number; bottom: number } | null>(null);
  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text || typeof text.getBBox !== "function") return;
    let live = true;
    const measure = () => {
      if (!live) return;
      const { x: left, y: top, width, height } = text.getBBox();
      setBox({ right: left + width, top, bottom: top + height });
    };
    measure();
    // The first measure may be in a fallback font.
    document.fonts?.ready.then(measure);
    return () => {
      live = false;
    };
  }, []);
  const top = Math.min(-LABEL_HALF_HEIGHT, (box?.top ?? 0) - LABEL_MARGIN);
  const bottom = Math.max(LABEL_HALF_HEIGHT, (box?.bottom ?? 0) + LABEL_MARGIN);
  return (
    <>
      {box && (
        <rect
          x={x}
          y={top}
          width={Math.max(0, box.right + LABEL_MARGIN - x)}
          height={bottom - top}
          className="fallback-hit"
        />
      )}
      <text ref={textRef} x={x + LABEL_MARGIN} y={4} className="fallback-label">
        {label}
      </text>
    </>
  );
}
