import { describe, expect, it } from "vitest";
import { cutAtEdge, MAX_CIRCLE_PX, mercatorPx } from "./edgeCircles";

describe("circles cut at the map's edge", () => {
  it("places points in Web Mercator pixels", () => {
    expect(mercatorPx([0, 0], 0)).toEqual([256, 256]);
    expect(mercatorPx([-180, 0], 1)).toEqual([0, 512]);
    const [, north] = mercatorPx([0, 60], 0);
    expect(north).toBeLessThan(256);
  });

  it("finds a circle across an edge, not one whole inside or wholly out", () => {
    const camera = { center: [0, 0] as const, zoom: 4 };
    const width = 400;
    const height = 300;
    // 8192 px to the world at zoom 4: a degree of longitude is about 22.8 px.
    const pxPerDegree = (512 * 16) / 360;
    const atX = (x: number): [number, number] => [(x - width / 2) / pxPerDegree, 0];
    const points = [atX(200), atX(3), atX(400), atX(-2 * MAX_CIRCLE_PX), atX(MAX_CIRCLE_PX + 1)];
    expect(cutAtEdge(points, camera, width, height)).toEqual([1, 2]);
  });

  it("finds one at the top edge, as the islands from Tokyo's frame", () => {
    const camera = { center: [139.69, 37] as const, zoom: 4.5 };
    const [, y] = mercatorPx([147.14, 44.68], 4.5);
    const [, cy] = mercatorPx(camera.center, 4.5);
    // Put the islands' centre 3 px under the top edge of a map of that height.
    const height = 2 * (cy - y) + 6;
    expect(cutAtEdge([[147.14, 44.68]], camera, 1280, height, 10)).toEqual([0]);
    expect(cutAtEdge([[147.14, 44.68]], camera, 1280, height + 40, 10)).toEqual([]);
  });

  it("counts the nearest world copy", () => {
    const camera = { center: [179, 0] as const, zoom: 3 };
    // 181° east is -179°: 2° from the centre, whole inside.
    expect(cutAtEdge([[-179, 0]], camera, 400, 300)).toEqual([]);
  });
});
