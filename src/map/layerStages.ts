/**
 * The map's first frames, spread out. A GPU compiles each shader program on its first draw
 * (SwiftShader here took 290–470 ms for a frame that first drew the land, the areas or the
 * labels, 15–45 ms for a frame after it; a phone's GPU pays it too), and the first frame that
 * draws every layer paid for all of them in one main-thread task. So the first style hides
 * every layer but the background, and the adapter shows one stage a frame once the one before
 * has drawn (see `MapAdapter`): the map ends up the same, a few frames later.
 */
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";

/**
 * The layers to show one stage at a time (one layer a stage: layers of one type still compile a
 * program each for their data-driven paint). The first line goes first: the first layer drawn
 * on tiles also compiles the tiles' clipping mask, and a fill compiles two (the fill and its
 * antialiased outline), so land first made one frame of three. The rest follow in drawing
 * order. The background (the sea) needs no data and is drawn from the first frame.
 */
export function layerStages(
  layers: readonly Pick<LayerSpecification, "id" | "type">[],
): string[][] {
  const staged = layers.filter((layer) => layer.type !== "background");
  const line = staged.find((layer) => layer.type === "line");
  const ordered = line ? [line, ...staged.filter((layer) => layer !== line)] : staged;
  return ordered.map((layer) => [layer.id]);
}

/** `style` with the layers of `stages` hidden (its other fields shared, not copied). */
export function hiddenUntilStaged(
  style: StyleSpecification,
  stages: readonly (readonly string[])[],
): StyleSpecification {
  const staged = new Set(stages.flat());
  return {
    ...style,
    layers: style.layers.map((layer) =>
      staged.has(layer.id)
        ? ({ ...layer, layout: { ...layer.layout, visibility: "none" } } as LayerSpecification)
        : layer,
    ),
  };
}
