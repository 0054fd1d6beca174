/** Even-odd scanline fill of polygons into an RGB buffer, with supersampling done by the caller. */

export type Ring = ReadonlyArray<readonly [number, number]>;

export class Raster {
  readonly rgb: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: readonly [number, number, number],
  ) {
    this.rgb = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.rgb.set(background, i * 3);
  }

  /** Fill the area inside an odd number of `rings` (pixel coordinates). */
  fill(rings: readonly Ring[], colour: readonly [number, number, number]): void {
    const crossings: number[] = [];
    for (let y = 0; y < this.height; y++) {
      const sy = y + 0.5;
      crossings.length = 0;
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i];
          const b = ring[j];
          if (!a || !b) continue;
          if (a[1] > sy !== b[1] > sy)
            crossings.push(a[0] + ((sy - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
        }
      }
      crossings.sort((p, q) => p - q);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const from = Math.max(0, Math.ceil((crossings[k] ?? 0) - 0.5));
        const to = Math.min(this.width - 1, Math.floor((crossings[k + 1] ?? 0) - 0.5));
        for (let x = from; x <= to; x++) this.rgb.set(colour, (y * this.width + x) * 3);
      }
    }
  }

  /** Average each factor × factor block: cheap anti-aliasing. */
  downsample(factor: number): Raster {
    const out = new Raster(
      Math.floor(this.width / factor),
      Math.floor(this.height / factor),
      [0, 0, 0],
    );
    for (let y = 0; y < out.height; y++) {
      for (let x = 0; x < out.width; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (let dy = 0; dy < factor; dy++) {
            for (let dx = 0; dx < factor; dx++) {
              sum += this.rgb[((y * factor + dy) * this.width + x * factor + dx) * 3 + c] ?? 0;
            }
          }
          out.rgb[(y * out.width + x) * 3 + c] = Math.round(sum / (factor * factor));
        }
      }
    }
    return out;
  }
}
