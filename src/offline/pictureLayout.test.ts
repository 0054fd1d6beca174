import { describe, expect, it } from "vitest";
import { DAY_MS, utc } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import { labelWidth } from "../timeline/chWidth";
import {
  type Box,
  laneNamesWidth,
  MAX_ENLARGEMENT,
  MAX_LANE_WITHOUT_MAP,
  MAX_MAP_RATIO,
  mapBoxSize,
  PICTURE,
  PICTURE_AXIS_FONT_PX,
  PICTURE_BANDS,
  type PictureLayout,
  picturedAtOwnAspect,
  pictureLayout,
  pictureMapRatio,
  redrawnView,
  timelinePicture,
} from "./pictureLayout";

const event = (id: string, start: number, end: number): IndexedEvent =>
  ({
    id,
    title: id,
    start: "",
    places: [],
    actors: [],
    tags: [],
    summary: "",
    order: 0,
    interval: { start, end },
  }) as IndexedEvent;

/** `lanes` lanes of one row each. */
const ones = (lanes: number): number[] => Array.from({ length: lanes }, () => 1);

/** The layout's map box: there is one for a story with places. */
function mapOf(layout: PictureLayout): Box {
  if (!layout.map) throw new Error("no map box");
  return layout.map;
}

describe("pictureLayout", () => {
  // A phone's map, a laptop's (900×362), one as wide as the band, a phone's strip in story mode.
  const aspects = [1.1, 900 / 362, 3.3, 390 / 75];

  it("stacks title, map, timeline and footer within the picture without overlap", () => {
    for (const aspect of aspects) {
      for (let lanes = 1; lanes <= 6; lanes++) {
        const layout = pictureLayout(aspect, ones(lanes));
        const { title, timeline, footer } = layout;
        const map = mapOf(layout);
        expect(title.y).toBe(0);
        expect(map.y).toBeGreaterThanOrEqual(title.y + title.height);
        expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height);
        expect(timeline.height).toBe(lanes * PICTURE_BANDS.lane + PICTURE_BANDS.axis);
        expect(layout.lanes.map((lane) => lane.height)).toEqual(
          ones(lanes).map(() => PICTURE_BANDS.lane),
        );
        expect(footer.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
        expect(footer.y + footer.height).toBe(PICTURE.height);
      }
    }
  });

  it("draws the whole map at its own aspect ratio, nothing cut under the title band", () => {
    for (const aspect of aspects.filter(picturedAtOwnAspect)) {
      const layout = pictureLayout(aspect, ones(5));
      const map = mapOf(layout);
      expect(map.width / map.height).toBeCloseTo(aspect, 6);
      expect(map.y).toBeGreaterThanOrEqual(layout.title.height);
      expect(map.x).toBeGreaterThanOrEqual(0);
      expect(map.x + map.width).toBeLessThanOrEqual(PICTURE.width + 1e-9);
      // As large as the band allows: full width or full height.
      expect(map.width === PICTURE.width || map.height > 300).toBe(true);
    }
    // The laptop's map, centred.
    const laptop = mapOf(pictureLayout(900 / 362, ones(5)));
    expect(laptop.x + laptop.width / 2).toBeCloseTo(PICTURE.width / 2, 6);
  });

  // Review 29 F6: a phone's 390×75 strip was drawn 1200 px wide, 231 high, and the timeline right
  // under it left 160 px blank above the footer.
  it("gives a phone's strip the whole band (drawn anew there), and leaves no blank band under the timeline", () => {
    for (let lanes = 1; lanes <= 6; lanes++) {
      const layout = pictureLayout(390 / 75, ones(lanes));
      const map = mapOf(layout);
      expect(map).toEqual({
        x: 0,
        y: PICTURE_BANDS.title,
        width: PICTURE.width,
        height: layout.timeline.y - PICTURE_BANDS.gap - PICTURE_BANDS.title,
      });
      expect(layout.timeline.y + layout.timeline.height).toBe(layout.footer.y);
    }
    // A map wider than the band (but not a strip) is centred in it, the timeline still at the foot.
    const wide = pictureLayout(3.3, ones(1));
    const map = mapOf(wide);
    expect(map.y).toBeGreaterThan(PICTURE_BANDS.title);
    expect(wide.timeline.y + wide.timeline.height).toBe(wide.footer.y);
  });

  it("gives the timeline the rows it needs and the map the rest", () => {
    const few = mapOf(pictureLayout(2.5, ones(2)));
    const many = mapOf(pictureLayout(2.5, ones(6)));
    expect(few.height).toBeGreaterThan(many.height);
    expect(pictureLayout(2.5, ones(12)).timeline.height).toBe(
      pictureLayout(2.5, ones(6)).timeline.height,
    );
  });

  it("gives a map that could not be drawn the whole band", () => {
    for (const aspect of [0, Number.NaN, Number.POSITIVE_INFINITY]) {
      const { map, timeline } = pictureLayout(aspect, ones(3));
      expect(map?.width).toBe(PICTURE.width);
      expect((map?.y ?? 0) + (map?.height ?? 0) + PICTURE_BANDS.gap).toBe(timeline.y);
    }
  });

  // Review 29 F2: a story with no places had a band saying "The map could not be drawn".
  it("lays out a story with no places without a map: its timeline, taller, in the middle", () => {
    for (let lanes = 1; lanes <= 6; lanes++) {
      const layout = pictureLayout(null, ones(lanes));
      expect(layout.map).toBeNull();
      const lane = layout.lanes[0]?.height ?? 0;
      expect(lane).toBeGreaterThan(PICTURE_BANDS.lane);
      expect(lane).toBeLessThanOrEqual(MAX_LANE_WITHOUT_MAP);
      const { timeline, title, footer } = layout;
      expect(timeline.height).toBe(lanes * lane + PICTURE_BANDS.axis);
      expect(timeline.y).toBeGreaterThanOrEqual(title.height);
      expect(timeline.y + timeline.height).toBeLessThanOrEqual(footer.y);
      // As much room above it as below.
      expect(timeline.y - title.height).toBeCloseTo(footer.y - timeline.y - timeline.height, 6);
    }
  });
});

describe("redrawnView", () => {
  const band = { width: 1200, height: 443 };

  it("keeps a laptop's or a phone's map as the page shows it", () => {
    const laptop = { width: 900, height: 362 };
    expect(redrawnView(laptop, mapBoxSize(900 / 362, band))).toBeNull();
    const phone = { width: 390, height: 380 };
    expect(redrawnView(phone, mapBoxSize(390 / 380, band))).toBeNull();
  });

  // Review 29 F6: a phone's 390×75 strip in story mode across a 1200 px picture drew its words 3×.
  it("draws a phone's strip anew at its box's size, what the page showed fitting in it", () => {
    const strip = { width: 390, height: 75 };
    const box = mapBoxSize(390 / 75, band);
    expect(box).toEqual(band);
    const view = redrawnView(strip, box);
    expect(view).toEqual({ width: 1200, height: 443, zoomBy: Math.log2(1200 / 390) });
    // The strip's whole width at the zoom drawn: 390 px of the page become 1200 of the view.
    expect(390 * 2 ** (view?.zoomBy ?? 0)).toBeCloseTo(1200, 6);
    expect(75 * 2 ** (view?.zoomBy ?? 0)).toBeLessThanOrEqual(443);
  });

  it("draws anew a small map its box would enlarge more than MAX_ENLARGEMENT times", () => {
    const small = { width: 300, height: 150 };
    const box = mapBoxSize(2, band);
    expect(box.width / small.width).toBeGreaterThan(MAX_ENLARGEMENT);
    expect(redrawnView(small, box)).toEqual({
      width: Math.round(box.width),
      height: Math.round(box.height),
      zoomBy: Math.log2(box.width / 300),
    });
  });

  it("asks nothing of a map or a box of no size", () => {
    expect(redrawnView({ width: 0, height: 0 }, band)).toBeNull();
    expect(redrawnView({ width: 390, height: 75 }, { width: 0, height: 0 })).toBeNull();
  });
});

describe("mapBoxSize", () => {
  const band = { width: 1000, height: 250 };
  it("fits a map of its own aspect in the band, across it or its full height", () => {
    expect(mapBoxSize(3, band)).toEqual({ width: 750, height: 250 });
    expect(mapBoxSize(1, band)).toEqual({ width: 250, height: 250 });
  });
  it("gives a strip, a pillar or a map of no aspect the whole band", () => {
    expect(mapBoxSize(8, band)).toEqual(band);
    expect(mapBoxSize(0.2, band)).toEqual(band);
    expect(mapBoxSize(0, band)).toEqual(band);
    expect(mapBoxSize(Number.NaN, band)).toEqual(band);
  });
});

describe("pictureMapRatio", () => {
  it("renders the map with a pixel for each of the picture's", () => {
    // A laptop's 900×362 map at 1×: its box in the picture is ~970 px wide, ~1940 pixels at 2×.
    const map = mapOf(pictureLayout(900 / 362, ones(5)));
    const ratio = pictureMapRatio(900, map.width);
    expect(ratio).toBeGreaterThan(2);
    expect(Math.round(900 * ratio)).toBe(Math.round(map.width * PICTURE.scale));
    expect(pictureMapRatio(600, 1200, 1)).toBe(2);
  });
  it("asks for less than the page's ratio for a map wider than its box (kept at the page's)", () => {
    expect(pictureMapRatio(2400, 1200)).toBe(1);
    expect(pictureMapRatio(3000, 1200)).toBeLessThan(1);
  });
  it("stays within MAX_MAP_RATIO, and asks nothing of a map of no width", () => {
    expect(pictureMapRatio(200, 1200)).toBe(MAX_MAP_RATIO);
    expect(pictureMapRatio(0, 1200)).toBe(0);
    expect(pictureMapRatio(Number.NaN, 1200)).toBe(0);
    expect(pictureMapRatio(900, 0)).toBe(0);
  });
});

describe("laneNamesWidth", () => {
  it("fits the longest name, a CJK character counted twice", () => {
    expect(laneNamesWidth(["Japan", "Великобритания"])).toBeGreaterThanOrEqual(14 * 7.4);
    expect(laneNamesWidth(["イギリス連邦"])).toBeGreaterThan(laneNamesWidth(["Russia"]));
  });

  it("stays within bounds", () => {
    expect(laneNamesWidth([])).toBe(72);
    expect(laneNamesWidth(["x".repeat(100)])).toBe(260);
  });
});

describe("timelinePicture", () => {
  const window = { start: utc(2017, 9), end: utc(2018, 6) };
  const events = [
    event("before", utc(1990), utc(1990, 0, 2)),
    event("span", utc(2017, 11), utc(2018, 1)),
    event("point", utc(2018, 3, 1), utc(2018, 3, 2)),
    event("hidden", utc(2018, 4), utc(2018, 4, 2)),
  ];
  const laneOf = [0, 1, 0, 1];

  it("places the window's shown events in their lanes, points as points and spans as bars", () => {
    const picture = timelinePicture(
      events,
      laneOf,
      window,
      900,
      (e) => e.id !== "hidden",
      "span",
      "en",
    );
    expect(picture.marks).toHaveLength(2);
    const [span, point] = picture.marks;
    expect(span).toMatchObject({ lane: 1, selected: true });
    expect(span?.width).toBeGreaterThan(100);
    expect(point).toMatchObject({ lane: 0, width: 0, selected: false });
  });

  it("draws a point once where others of its lane lie, but every span and the selected event (review 34 F6)", () => {
    const day = utc(2018, 3, 1);
    const many = [
      ...Array.from({ length: 1000 }, (_, i) => event(`same-${i}`, day, day + 1000)),
      event("other-lane", day, day + 1000),
      event("chosen", day, day + 1000),
      event("span-a", utc(2017, 11), utc(2018, 1)),
      event("span-b", utc(2017, 11), utc(2018, 1)),
    ];
    const lanes = [...Array.from({ length: 1000 }, () => 0), 1, 0, 0, 0];
    const picture = timelinePicture(many, lanes, window, 900, () => true, "chosen", "en");
    expect(picture.marks).toEqual([
      { x: expect.any(Number), width: 0, lane: 0, row: 0, selected: false },
      { x: expect.any(Number), width: 0, lane: 1, row: 0, selected: false },
      { x: expect.any(Number), width: 0, lane: 0, row: 0, selected: true },
      { x: expect.any(Number), width: expect.any(Number), lane: 0, row: 0, selected: false },
      { x: expect.any(Number), width: expect.any(Number), lane: 0, row: 0, selected: false },
    ]);
    // A day apart is 3 px here: both are drawn.
    const apart = [event("a", day, day + 1000), event("b", day + DAY_MS, day + DAY_MS + 1000)];
    expect(timelinePicture(apart, [0, 0], window, 900, () => true, null, "en").marks).toHaveLength(
      2,
    );
  });

  it("labels the axis as the page's timeline does, in the page's language", () => {
    const labels = (lang: "en" | "ja" | "ru" | "zh") =>
      timelinePicture(events, laneOf, window, 900, () => true, null, lang).ticks.map(
        (tick) => tick.label,
      );
    expect(labels("en")).toContain("2018");
    expect(labels("en")).toContain("Apr");
    expect(labels("ja")).toContain("4月");
    expect(labels("ja")).not.toContain("Apr");
    expect(labels("ru").some((label) => label.startsWith("апр"))).toBe(true);
    expect(labels("zh")).toContain("4月");
  });

  it.each(["en", "ja", "ru", "zh"] as const)(
    "keeps its axis labels inside the axis, 6 px apart, as the page's axis does: %s",
    (lang) => {
      const close: string[] = [];
      // The axis beside the narrowest and the widest lane names (laneNamesWidth: 72…260 px).
      for (const width of [1152 - 260, 1000, 1152 - 72])
        for (const days of [0.25, 3, 20, 75, 150, 400, 1500, 8000, 25000]) {
          const window = { start: utc(2018, 3, 2) - days * DAY_MS, end: utc(2018, 3, 2) };
          const { labels } = timelinePicture([], [], window, width, () => true, null, lang);
          if (labels.length === 0) close.push(`${width} px, ${days} days: no label`);
          labels.forEach((label, i) => {
            const end = label.x + labelWidth(label.text, PICTURE_AXIS_FONT_PX);
            const next = labels[i + 1];
            if (label.x < 0 || end > width) close.push(`${width} px, ${days} days: ${label.text}`);
            if (next && next.x - end < 6)
              close.push(`${width} px, ${days} days: ${label.text}|${next.text}`);
          });
        }
      expect(close).toEqual([]);
    },
  );
});
