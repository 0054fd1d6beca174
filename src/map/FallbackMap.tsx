/**
 * The map without WebGL: an SVG drawn with d3-geo from the same basemap files
 * as the MapLibre map, with the places as focusable circles. It frames the
 * selection the way the real map does: the selected event's places, or the
 * selected place, or Hokkaido and the islands.
 */

import { geoMercator, geoPath } from "d3-geo";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { placeName } from "../data/names";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { selectHighlightedPlaceIds, selectPlaceEventCounts } from "../store/selectors";
import { type Basemap, loadBasemap } from "./basemapCodec";
import { hoveredPlaceIds, placesIn } from "./bindMapToStore";
import { rewindForD3 } from "./geoRewind";
import {
  type Bounds,
  OPENING_BOUNDS,
  placeAreas,
  placesBounds,
  radiusForCount,
} from "./placeFeatures";
import { basemapUrl } from "./webgl";

function useSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** A box around the framed places; a single place gets some room around it. */
function frameOf(bounds: Bounds | null): Bounds {
  if (!bounds) return OPENING_BOUNDS;
  const [w, s, e, n] = bounds;
  const padLon = Math.max(0, 3 - (e - w) / 2);
  const padLat = Math.max(0, 2 - (n - s) / 2);
  return [w - padLon, Math.max(-80, s - padLat), e + padLon, Math.min(84, n + padLat)];
}

export function FallbackMap({ descriptionId }: { descriptionId: string }) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapperRef);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [failed, setFailed] = useState(false);

  const index = useAppStore((state) => state.index);
  const counts = useAppStore(selectPlaceEventCounts);
  const names = useAppStore((state) => state.names);
  const lang = useAppStore(selectLanguage);
  const { t } = useTranslation();
  const highlighted = useAppStore(selectHighlightedPlaceIds);
  const hoveredIds = useAppStore((state) => hoveredPlaceIds(state).join(" "));
  const selectPlace = useAppStore((state) => state.selectPlace);
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
  const frame = useMemo(() => {
    const framed = places.filter((place) => highlighted.includes(place.id));
    return frameOf(placesBounds(framed));
  }, [places, highlighted]);

  const projection = useMemo(() => {
    const [w, s, e, n] = frame;
    const midLon = (w + e) / 2;
    const pad = Math.max(8, Math.min(40, width * 0.08, height * 0.08));
    return geoMercator()
      .rotate([-midLon, 0])
      .fitExtent(
        [
          [pad, pad],
          [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
        ],
        {
          type: "MultiPoint",
          coordinates: [
            [w, s],
            [e, s],
            [w, n],
            [e, n],
            [midLon, s],
            [midLon, n],
          ],
        },
      )
      .clipExtent([
        [0, 0],
        [width, height],
      ]);
  }, [frame, width, height]);

  const paths = useMemo(() => {
    if (!basemap || width === 0 || height === 0) return null;
    const path = geoPath(projection);
    return {
      land: path(basemap.land) ?? "",
      borders: path(basemap.borders) ?? "",
    };
  }, [basemap, projection, width, height]);

  const areas = useMemo(() => {
    const path = geoPath(projection);
    return placeAreas(places, counts, names).features.map((feature) => ({
      id: feature.properties.id,
      group: feature.properties.group,
      d: path({ ...feature, geometry: rewindForD3(feature.geometry) }) ?? "",
    }));
  }, [places, counts, names, projection]);

  const selectedId = useAppStore((state) => state.selectedPlaceId);
  const hovered = new Set(hoveredIds.split(" ").filter(Boolean));
  const highlightedSet = new Set(highlighted);

  const markers = places
    .map((place) => {
      const point = projection(place.coordinates);
      const count = counts.get(place.id) ?? 0;
      return { place, point, count, label: placeName(place, names) };
    })
    .filter(
      ({ point }) =>
        point && point[0] >= 0 && point[1] >= 0 && point[0] <= width && point[1] <= height,
    )
    .sort((a, b) => a.count - b.count);

  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      selectPlace(selectedId === id ? null : id);
    }
  };

  return (
    <div ref={wrapperRef} className="fallback-map" data-testid="fallback-map">
      {failed && <p className="map-message">{t("map.basemapFailed")}</p>}
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
          {markers.map(({ place, point, count, label }) => {
            const [x, y] = point as [number, number];
            const r = radiusForCount(count);
            const isSelected = highlightedSet.has(place.id);
            return (
              // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this group is one.
              <g
                key={place.id}
                role="button"
                tabIndex={0}
                aria-label={t("map.placeButton", { name: label, count })}
                aria-pressed={selectedId === place.id}
                className="fallback-place"
                data-selected={isSelected || undefined}
                data-hovered={hovered.has(place.id) || undefined}
                data-disputed={place.disputed || undefined}
                data-empty={count === 0 || undefined}
                data-place-id={place.id}
                transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
                onClick={() => selectPlace(selectedId === place.id ? null : place.id)}
                onKeyDown={(event) => onKey(event, place.id)}
                onMouseEnter={() => hoverPlace(place.id)}
                onMouseLeave={() => hoverPlace(null)}
                onFocus={() => hoverPlace(place.id)}
                onBlur={() => hoverPlace(null)}
              >
                <circle r={Math.max(r + 6, 12)} className="fallback-hit" />
                <circle r={r} className="fallback-dot" />
                {count > 0 && (
                  <>
                    {/* The label is part of the target too. */}
                    <rect
                      x={r}
                      y={-10}
                      width={label.length * 7 + 8}
                      height={20}
                      className="fallback-hit"
                    />
                    <text x={r + 4} y={4} className="fallback-label">
                      {label}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
