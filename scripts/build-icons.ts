/**
 * Draws the web app manifest's icons from the favicon's shapes
 * (public/favicon.svg, a 32-unit square): public/icons/icon-192.png,
 * icon-512.png and icon-maskable-512.png (full bleed, the drawing inside the
 * central safe zone). Run with `npm run icons` after changing the favicon.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { encodePng } from "./lib/png";
import { Raster, type Ring } from "./lib/rasterize";

type Point = readonly [number, number];
type Colour = readonly [number, number, number];

const NAVY: Colour = [0x1d, 0x35, 0x57];
const CREAM: Colour = [0xf1, 0xfa, 0xee];
const RED: Colour = [0xe6, 0x39, 0x46];
const WHITE: Colour = [255, 255, 255];
const SUPERSAMPLE = 4;

/** The favicon's line: `M7 22c3-1 4-4 6-5s4 0 5-2 3-4 6-5`, as three cubic Béziers. */
const CURVES: ReadonlyArray<readonly [Point, Point, Point, Point]> = [
  [
    [7, 22],
    [10, 21],
    [11, 18],
    [13, 17],
  ],
  [
    [13, 17],
    [15, 16],
    [17, 17],
    [18, 15],
  ],
  [
    [18, 15],
    [19, 13],
    [21, 11],
    [24, 10],
  ],
];
const DOTS: Point[] = [
  [9, 21],
  [16, 16],
  [23, 10],
];

function bezier([a, b, c, d]: readonly [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t;
  const at = (i: 0 | 1) =>
    u * u * u * a[i] + 3 * u * u * t * b[i] + 3 * u * t * t * c[i] + t * t * t * d[i];
  return [at(0), at(1)];
}

function circle([cx, cy]: Point, r: number, steps = 48): Ring {
  return Array.from({ length: steps }, (_, i) => {
    const angle = (i / steps) * 2 * Math.PI;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as const;
  });
}

function roundedSquare(size: number, radius: number): Ring {
  const corners: Array<[Point, number]> = [
    [[size - radius, radius], -Math.PI / 2],
    [[size - radius, size - radius], 0],
    [[radius, size - radius], Math.PI / 2],
    [[radius, radius], Math.PI],
  ];
  return corners.flatMap(([[cx, cy], from]) =>
    Array.from({ length: 12 }, (_, i) => {
      const angle = from + (i / 11) * (Math.PI / 2);
      return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
    }),
  );
}

/** The favicon at `size` pixels; a maskable icon fills the square and keeps its drawing within 70%. */
function drawIcon(size: number, maskable: boolean): Raster {
  const px = size * SUPERSAMPLE;
  const scale = (maskable ? 0.7 : 1) * (px / 32);
  const map = ([x, y]: Point): [number, number] => [
    px / 2 + (x - 16) * scale,
    px / 2 + (y - 16) * scale,
  ];
  const raster = new Raster(px, px, maskable ? NAVY : WHITE);
  if (!maskable) raster.fill([roundedSquare(px, (6 / 32) * px)], NAVY);
  const halfWidth = 1.25;
  const line = CURVES.flatMap((curve) =>
    Array.from({ length: 24 }, (_, i) => bezier(curve, i / 23)),
  );
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const nx = (-(b[1] - a[1]) / length) * halfWidth;
    const ny = ((b[0] - a[0]) / length) * halfWidth;
    const quad: Point[] = [
      [a[0] + nx, a[1] + ny],
      [b[0] + nx, b[1] + ny],
      [b[0] - nx, b[1] - ny],
      [a[0] - nx, a[1] - ny],
    ];
    raster.fill([quad.map(map)], CREAM);
    raster.fill([circle(a, halfWidth, 16).map(map)], CREAM);
  }
  raster.fill([circle(line[line.length - 1] as Point, halfWidth, 16).map(map)], CREAM);
  for (const dot of DOTS) raster.fill([circle(dot, 2.2).map(map)], RED);
  return raster.downsample(SUPERSAMPLE);
}

const folder = new URL("../public/icons/", import.meta.url);
mkdirSync(folder, { recursive: true });
const icons: Array<[string, number, boolean]> = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
];
for (const [name, size, maskable] of icons) {
  const image = drawIcon(size, maskable);
  writeFileSync(new URL(name, folder), encodePng(image.width, image.height, image.rgb));
  console.log(`public/icons/${name}: ${size}×${size}`);
}
