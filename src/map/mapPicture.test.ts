import { describe, expect, it } from "vitest";
import { mapPicture, type PictureMap } from "./mapPicture";

/** A map whose canvas is its CSS size times its ratio, with a log of what was done to it. */
function fakeMap(options: { page?: number; failAt?: number } = {}) {
  const page = options.page ?? 1;
  let override: number | null = null;
  const log: string[] = [];
  const ratio = () => override ?? page;
  const map = {
    getPixelRatio: ratio,
    setPixelRatio: (value: number | null) => {
      override = value;
      log.push(`ratio ${ratio()}`);
    },
    redraw: () => {
      if (options.failAt !== undefined && ratio() >= options.failAt) throw new Error("lost");
      log.push(`redraw ${ratio()}`);
    },
    getCanvas: () => ({ width: 900 * ratio(), height: 360 * ratio() }) as HTMLCanvasElement,
  };
  return { map: map as unknown as PictureMap, log, ratio };
}

/** Copies only the size: what the picture is drawn from. */
const copy = (canvas: HTMLCanvasElement) => ({ ...canvas }) as HTMLCanvasElement;

describe("mapPicture", () => {
  it("renders at the picture's ratio, then gives the page its own back, redrawn", () => {
    const { map, log, ratio } = fakeMap();
    const picture = mapPicture(map, 2.5, copy);
    expect([picture?.width, picture?.height]).toEqual([2250, 900]);
    expect(log).toEqual(["ratio 2.5", "redraw 2.5", "ratio 1", "redraw 1"]);
    expect(ratio()).toBe(1);
  });

  it("keeps the page's ratio when it is enough already", () => {
    const { map, log } = fakeMap({ page: 3 });
    expect(mapPicture(map, 2.2, copy)?.width).toBe(2700);
    expect(mapPicture(map, undefined, copy)?.width).toBe(2700);
    expect(log).toEqual(["redraw 3", "redraw 3"]);
  });

  it("falls back to the page's ratio when the sharper render fails, the ratio restored", () => {
    const { map, log, ratio } = fakeMap({ failAt: 2 });
    expect(mapPicture(map, 2.2, copy)?.width).toBe(900);
    expect(ratio()).toBe(1);
    expect(log).toEqual(["ratio 2.2", "ratio 1", "redraw 1", "redraw 1"]);
  });

  it("gives no picture of a map that cannot draw", () => {
    const { map, ratio } = fakeMap({ failAt: 0 });
    expect(mapPicture(map, 2, copy)).toBeNull();
    expect(ratio()).toBe(1);
  });
});
