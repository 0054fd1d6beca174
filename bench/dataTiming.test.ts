import { describe, expect, it } from "vitest";
import { type DataArrival, lastArrivalBefore } from "./dataTiming";

const at = (arrivedAt: number): DataArrival => ({
  fetchMs: 100,
  arrivedAt,
  source: "playwright",
});

describe("lastArrivalBefore", () => {
  it("takes the last request to end before the page was ready", () => {
    expect(lastArrivalBefore([at(900), at(1000), at(400)], 1200)?.arrivedAt).toBe(1000);
  });

  it("leaves out a request that ended after it (the service worker keeping the file)", () => {
    expect(lastArrivalBefore([at(900), at(1500)], 1200)?.arrivedAt).toBe(900);
  });

  it("is null when none ended before it", () => {
    expect(lastArrivalBefore([at(1500)], 1200)).toBeNull();
    expect(lastArrivalBefore([], 1200)).toBeNull();
  });
});
