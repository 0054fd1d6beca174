import notoSansRanges from "@fontsource/noto-sans/unicode.json";
import {
  createExpression,
  type ExpressionSpecification,
  featureFilter,
  validateStyleMin,
} from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import {
  buildStyle,
  FONT_BOLD,
  FONT_REGULAR,
  FONT_SUBSET_NAMES,
  type FontFiles,
  fontFaces,
  HATCH_IMAGE,
  hatchPattern,
  hexToRgb,
  INTERACTIVE_LAYERS,
  LAYERS,
  OBSTACLE_IMAGE,
  otherLabelsFilter,
  PALETTES,
  SOURCES,
  themePaint,
} from "./style";

const FONTS: FontFiles = {
  400: Object.fromEntries(
    FONT_SUBSET_NAMES.map((s) => [s, `https://app.example/assets/${s}-400.woff2`]),
  ) as FontFiles[400],
  600: Object.fromEntries(
    FONT_SUBSET_NAMES.map((s) => [s, `https://app.example/assets/${s}-600.woff2`]),
  ) as FontFiles[600],
};

describe("buildStyle", () => {
  const style = buildStyle({ fonts: FONTS, theme: "light", cluster: false });

  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(validateStyleMin(buildStyle({ fonts: FONTS, theme: "dark", cluster: true }))).toEqual(
      [],
    );
  });

  it("changes paint at once under reduced motion, and eases it as MapLibre does without", () => {
    const still = buildStyle({ fonts: FONTS, theme: "dark", cluster: false, reducedMotion: true });
    expect(still.transition).toEqual({ duration: 0, delay: 0 });
    expect(validateStyleMin(still)).toEqual([]);
    expect(style.transition).toBeUndefined();
  });

  it("starts each source with the data given for it, and empty without", () => {
    const collection = (lon: number) => ({
      type: "FeatureCollection" as const,
      features: [
        {
          type: "Feature" as const,
          properties: {},
          geometry: { type: "Point" as const, coordinates: [lon, 43] },
        },
      ],
    });
    const given = {
      land: collection(141),
      borders: collection(142),
      "reference-labels": collection(143),
      places: collection(144),
      areas: collection(145),
      "selected-places": collection(146),
    };
    const filled = buildStyle({ fonts: FONTS, theme: "light", cluster: false, data: given });
    expect(validateStyleMin(filled)).toEqual([]);
    const data = (s: typeof style, id: string) => (s.sources[id] as { data: unknown }).data;
    for (const id of Object.values(SOURCES)) {
      expect(data(filled, id), id).toBe(given[id]);
      expect(data(style, id), id).toEqual({ type: "FeatureCollection", features: [] });
    }
    const some = buildStyle({
      fonts: FONTS,
      theme: "light",
      cluster: false,
      data: { areas: given.areas },
    });
    expect(data(some, SOURCES.areas)).toBe(given.areas);
    expect(data(some, SOURCES.places)).toEqual({ type: "FeatureCollection", features: [] });
  });

  it("makes no request off the app's origin: no glyphs, no sprite, only the given font URLs", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith("https://app.example/")).toBe(true);
  });

  it("draws labels from bundled Noto Sans files covering latin and cyrillic", () => {
    const faces = style["font-faces"] as Record<
      string,
      Array<{ url: string; "unicode-range": string[] }>
    >;
    expect(Object.keys(faces)).toEqual([FONT_REGULAR, FONT_BOLD]);
    const regular = faces[FONT_REGULAR] ?? [];
    expect(regular.map((f) => f.url)).toContain(FONTS[400].latin);
    expect(regular.map((f) => f.url)).toContain(FONTS[400].cyrillic);
    const cyrillic = regular.find((f) => f.url.includes("cyrillic"));
    expect(cyrillic?.["unicode-range"]).toContain("U+0400-045F");
    // The ranges are the package's own, subset by subset.
    const latin = regular.find((f) => f.url === FONTS[400].latin);
    expect(latin?.["unicode-range"]?.join(",")).toBe(notoSansRanges.latin);
    // Every text-font names a declared face.
    const used = JSON.stringify(
      style.layers.map((l) => ("layout" in l ? l.layout?.["text-font" as never] : null)),
    );
    for (const name of used.match(/Noto Sans [A-Za-z]+/g) ?? [])
      expect(faces).toHaveProperty([name]);
  });

  it("has basemap sources (filled by the adapter) and place sources promoted by id", () => {
    for (const id of [SOURCES.land, SOURCES.borders, SOURCES.labels]) {
      expect(style.sources[id]).toMatchObject({
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
      });
    }
    expect(style.sources[SOURCES.places]).toMatchObject({ promoteId: "id", cluster: false });
    expect(style.sources[SOURCES.areas]).toMatchObject({ promoteId: "id" });
    const clustered = buildStyle({ fonts: FONTS, theme: "light", cluster: true });
    expect(clustered.sources[SOURCES.places]).toMatchObject({ cluster: true });
  });

  it("has every interactive layer, with places above areas", () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
    expect(ids.indexOf(LAYERS.placeCircles)).toBeGreaterThan(ids.indexOf(LAYERS.areasFill));
    // MapLibre places the top layer's symbols first: a selected group's name, the selected
    // circles' unseen obstacles, the selected places' labels, an unselected group's name, the other
    // circles', then the other labels.
    const order = [
      LAYERS.placeLabels,
      LAYERS.placeObstacles,
      LAYERS.groupLabels,
      LAYERS.selectedLabels,
      LAYERS.selectedObstacles,
      LAYERS.selectedGroupLabels,
    ].map((id) => ids.indexOf(id));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(ids.at(-1)).toBe(LAYERS.selectedGroupLabels);
    expect(ids.indexOf(LAYERS.selectedLabels)).toBeGreaterThan(ids.indexOf(LAYERS.placeLabels));
  });

  it("gives each place's circle an obstacle of its size, never seen, and sets its label beyond it", () => {
    for (const id of [LAYERS.placeObstacles, LAYERS.selectedObstacles]) {
      const layer = style.layers.find((l) => l.id === id);
      if (layer?.type !== "symbol") throw new Error(`${id} is not a symbol layer`);
      expect(layer.layout?.["icon-image"]).toBe(OBSTACLE_IMAGE);
      expect(layer.layout?.["icon-allow-overlap"]).toBe(true);
      expect(layer.layout?.["icon-ignore-placement"]).not.toBe(true);
      expect(layer.paint?.["icon-opacity"]).toBe(0);
    }
    const labels = style.layers.find((l) => l.id === LAYERS.placeLabels);
    if (labels?.type !== "symbol") throw new Error("no labels");
    const offset = labels.layout?.["text-radial-offset"] as unknown as ExpressionSpecification;
    const parsed = createExpression(offset, "text-radial-offset");
    if (parsed.result !== "success") throw new Error("the offset does not parse");
    const at = (count: number, disputed: boolean) =>
      parsed.value.evaluate({ zoom: 5 }, { type: 1, properties: { count, disputed } } as never);
    // A place of 40 events (radius 20): its name 27 px out, not 1.1 em (13 px) over its ring.
    expect(at(40, false) * 12).toBeCloseTo(27);
    expect(at(0, true) * 13).toBeCloseTo(11);
  });

  it("draws the selected places from a source of their own, over the others, and labels each place once", () => {
    const features = ["iturup", "shikotan", "none"].map((id) => ({
      id,
      count: id === "none" ? 0 : 2,
    }));
    const others = features
      .filter((properties) =>
        featureFilter(otherLabelsFilter(["iturup"]), "filter").filter(
          { zoom: 5 },
          { type: 1, properties },
        ),
      )
      .map(({ id }) => id);
    expect(others).toEqual(["shikotan"]);
    // A group's name is in a layer of its own, and in one only; an island group around no other
    // places (Habomai's islets) is named with the others.
    const passes = (filter: ReturnType<typeof otherLabelsFilter>, group: boolean) =>
      featureFilter(filter, "filter").filter(
        { zoom: 5 },
        { type: 1, properties: { id: "kurils", count: 3, kind: "island-group", group } },
      );
    expect([true, false].map((group) => passes(otherLabelsFilter([]), group))).toEqual([
      false,
      true,
    ]);
    expect([true, false].map((group) => passes(otherLabelsFilter([], true), group))).toEqual([
      true,
      false,
    ]);
    const ids = style.layers.map((l) => l.id);
    for (const id of [LAYERS.selectedHalo, LAYERS.selectedCircles, LAYERS.selectedLabels]) {
      const layer = style.layers.find((l) => l.id === id);
      expect(layer && "source" in layer ? layer.source : null, id).toBe(SOURCES.selected);
      expect(ids.indexOf(id), id).toBeGreaterThan(ids.indexOf(LAYERS.clusters));
    }
    // Never clustered: a cluster would hold them again.
    expect(style.sources[SOURCES.selected]).not.toHaveProperty("cluster");
  });

  it("highlights with feature state, not with data", () => {
    const circles = style.layers.find((l) => l.id === LAYERS.placeCircles);
    expect(JSON.stringify(circles)).toContain('"feature-state","selected"');
    const outline = style.layers.find((l) => l.id === LAYERS.areasOutline);
    expect(JSON.stringify(outline)).toContain('"feature-state","hovered"');
  });

  it("hatches the disputed areas with a generated image and a dashed outline", () => {
    const hatch = style.layers.find((l) => l.id === LAYERS.areasHatch);
    expect(hatch && "paint" in hatch ? hatch.paint : null).toMatchObject({
      "fill-pattern": HATCH_IMAGE,
    });
    const outline = style.layers.find((l) => l.id === LAYERS.areasOutline);
    expect(outline && "paint" in outline ? outline.paint : null).toHaveProperty(["line-dasharray"]);
  });

  it("labels places with the perspective-dependent `label` property", () => {
    const labels = style.layers.find((l) => l.id === LAYERS.placeLabels);
    expect(labels && "layout" in labels ? labels.layout?.["text-field" as never] : null).toEqual([
      "get",
      "label",
    ]);
  });
});

describe("themePaint", () => {
  it("sets the same properties in both themes, on layers that exist", () => {
    const style = buildStyle({ fonts: FONTS, theme: "light", cluster: false });
    const ids = new Set(style.layers.map((l) => l.id));
    const light = themePaint("light");
    const dark = themePaint("dark");
    expect(light.map(([l, p]) => `${l}.${p}`)).toEqual(dark.map(([l, p]) => `${l}.${p}`));
    for (const [layer] of light) expect(ids.has(layer)).toBe(true);
  });

  it("colours the disputed islands as neither Japan nor Russia and all land alike", () => {
    for (const palette of Object.values(PALETTES)) {
      expect(palette.disputed).not.toBe(palette.land);
      expect(palette.disputedFill).not.toBe(palette.land);
    }
  });
});

describe("fontFaces", () => {
  it("uses the semibold files for the bold font", () => {
    const faces = fontFaces(FONTS) as Record<string, Array<{ url: string }>>;
    expect(faces[FONT_BOLD]?.map((f) => f.url)).toEqual(Object.values(FONTS[600]));
  });

  it("puts a Japanese or Chinese page's faces in the first style, after Noto Sans in both fonts", () => {
    const cjk = { url: "https://app.example/assets/jp-12.woff2", "unicode-range": ["U+6771"] };
    const style = buildStyle({ fonts: FONTS, cjkFaces: [cjk], theme: "light", cluster: false });
    const faces = style["font-faces"] as Record<string, Array<{ url: string }>>;
    for (const font of [FONT_REGULAR, FONT_BOLD]) {
      expect(faces[font]?.length).toBe(FONT_SUBSET_NAMES.length + 1);
      expect(faces[font]?.at(-1)).toEqual(cjk);
    }
    expect(validateStyleMin(style)).toEqual([]);
  });
});

describe("FONT_FILES", () => {
  it("points at the bundled woff2 files, resolved on the page's origin", async () => {
    const { FONT_FILES, absoluteFontFiles } = await import("./fonts");
    for (const weight of [400, 600] as const) {
      for (const subset of FONT_SUBSET_NAMES)
        expect(FONT_FILES[weight][subset]).toMatch(
          new RegExp(`${subset}-${weight}-normal.*\\.woff2`),
        );
    }
    expect(absoluteFontFiles("https://app.example/x/")[400].cyrillic).toMatch(
      /^https:\/\/app\.example\//,
    );
  });
});

describe("hatchPattern", () => {
  it("makes a square RGBA tile in the colour with transparent gaps", () => {
    const { width, height, data } = hatchPattern("#6b5200", 12);
    expect([width, height, data.length]).toEqual([12, 12, 12 * 12 * 4]);
    expect([data[0], data[1], data[2]]).toEqual([0x6b, 0x52, 0x00]);
    const alphas = Array.from({ length: 144 }, (_, i) => data[i * 4 + 3] ?? 0);
    expect(Math.max(...alphas)).toBe(255);
    expect(Math.min(...alphas)).toBe(0);
  });

  it("tiles seamlessly: opposite edges match", () => {
    const { data } = hatchPattern("#000000", 12);
    const alpha = (x: number, y: number) => data[(y * 12 + x) * 4 + 3];
    // Lines run diagonally: one step right and one step up lands on the same line, across the edges too.
    for (let y = 0; y < 12; y++) {
      for (let x = 0; x < 12; x++) expect(alpha(x, y)).toBe(alpha((x + 1) % 12, (y + 11) % 12));
    }
  });

  it("rejects colours it cannot read", () => {
    expect(() => hexToRgb("red")).toThrow(/invalid colour/);
  });
});
