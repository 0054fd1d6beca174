import { describe, expect, it } from "vitest";
import { DAY_MS, utc } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import { labelWidth } from "../timeline/chWidth";
import {
  containBox,
  laneNamesWidth,
  MAX_MAP_RATIO,
  PICTURE,
  PICTURE_AXIS_FONT_PX,
  PICTURE_BANDS,
  pictureLayout,
  pictureMapRatio,
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

describe("pictureLayout", () => {
  // A phone's map, a laptop's (900×362), one as wide as the band, a very wide one.
  const aspects = [1.1, 900 / 362, 3.3, 5];

  it("stacks title, map, timeline and footer within the picture without overlap", () => {
    for (const aspect of aspects) {
      for (let lanes = 1; lanes <= 6; lanes++) {
        const { title, map, timeline, footer } = pictureLayout(aspect, lanes);
        expect(title.y).toBe(0);
        expect(map.y).toBe(title.y + title.height);
        expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height);
        expect(timeline.height).toBe(lanes * PICTURE_BANDS.lane + PICTURE_BANDS.axis);
        expect(footer.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
        expect(footer.y + footer.height).toBe(PICTURE.height);
      }
    }
  });

  it("draws the whole map at its own aspect ratio, nothing cut under the title band", () => {
    for (const aspect of aspects) {
      const { title, map } = pictureLayout(aspect, 5);
      expect(map.width / map.height).toBeCloseTo(aspect, 6);
      expect(map.y).toBeGreaterThanOrEqual(title.height);
      expect(map.x).toBeGreaterThanOrEqual(0);
      expect(map.x + map.width).toBeLessThanOrEqual(PICTURE.width + 1e-9);
      // As large as the band allows: full width or full height.
      expect(map.width === PICTURE.width || map.height > 300).toBe(true);
    }
    // The laptop's map, centred.
    const laptop = pictureLayout(900 / 362, 5).map;
    expect(laptop.x + laptop.width / 2).toBeCloseTo(PICTURE.width / 2, 6);
  });

  it("gives the timeline the rows it needs and the map the rest", () => {
    const few = pictureLayout(2.5, 2);
    const many = pictureLayout(2.5, 6);
    expect(few.map.height).toBeGreaterThan(many.map.height);
    expect(pictureLayout(2.5, 12).timeline.height).toBe(many.timeline.height);
  });

  it("gives a picture without a map the whole band", () => {
    for (const aspect of [0, Number.NaN, Number.POSITIVE_INFINITY]) {
      const { map, timeline } = pictureLayout(aspect, 3);
      expect(map.width).toBe(PICTURE.width);
      expect(map.y + map.height + PICTURE_BANDS.gap).toBe(timeline.y);
    }
  });
});

describe("containBox", () => {
  const band = { x: 0, y: 10, width: 1000, height: 250 };
  it("fits a wider source across the band", () => {
    expect(containBox(8, band)).toEqual({ x: 0, y: 10, width: 1000, height: 125 });
  });

  it("centres a taller source, its full height", () => {
    expect(containBox(2, band)).toEqual({ x: 250, y: 10, width: 500, height: 250 });
  });
});

describe("pictureMapRatio", () => {
  it("renders the map with a pixel for each of the picture's", () => {
    // A laptop's 900×362 map at 1×: its box in the picture is ~970 px wide, ~1940 pixels at 2×.
    const { map } = pictureLayout(900 / 362, 5);
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
