import { describe, expect, it } from "vitest";
import { coordinatePair, typedCoordinate } from "./coordinatePair";

describe("coordinatePair (review 41 R5)", () => {
  it("reads a pasted pair latitude first, as maps copy it", () => {
    expect(coordinatePair("35.68, 139.69")).toEqual({
      latitude: 35.68,
      longitude: 139.69,
      lonFirst: false,
    });
    expect(coordinatePair("-33.87;151.21")).toEqual({
      latitude: -33.87,
      longitude: 151.21,
      lonFirst: false,
    });
    expect(coordinatePair("43.5° 146.8°")).toMatchObject({ latitude: 43.5, longitude: 146.8 });
    // Full-width digits and a decimal comma with a `;` between.
    expect(coordinatePair("３５，６８； １３９，６９")).toMatchObject({
      latitude: 35.68,
      longitude: 139.69,
    });
  });

  it("reads longitude first when the first number cannot be a latitude", () => {
    expect(coordinatePair("139.69, 35.68")).toEqual({
      latitude: 35.68,
      longitude: 139.69,
      lonFirst: true,
    });
  });

  it("leaves one number (a decimal comma too), text, and numbers no pair has", () => {
    expect(coordinatePair("43,5")).toBeNull();
    expect(coordinatePair("35.68")).toBeNull();
    expect(coordinatePair("Tokyo")).toBeNull();
    expect(coordinatePair("35.68, 139.69, 10")).toBeNull();
    expect(coordinatePair("95, 200")).toBeNull();
  });

  it("typedCoordinate reads one number and leaves the rest as typed", () => {
    expect(typedCoordinate("43,5")).toBe(43.5);
    expect(typedCoordinate("−12")).toBe(-12);
    expect(typedCoordinate("0x2B")).toBe("0x2B");
  });
});
