import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  contrast,
  deltaE2000,
  parseHex,
  type Rgb,
  simulateDeuteranopia,
} from "../test/colourVision";
import { cssColour, inkOf, LANE_COLOUR_VARS, laneColourVars } from "./laneColours";
import { type Lane, MAX_LANES } from "./lanes";

/** Plainly different at a glance (CIEDE2000; about 2 is just noticeable). */
const MIN_DIFFERENCE = 15;

const css = ["../ui/styles.css", "./timeline.css"]
  .map((path) => readFileSync(new URL(path, import.meta.url), "utf8"))
  .join("\n");

/** Each variable's light value (its first definition) and dark value (its second, in the dark media block). */
function themeValues(variable: string): { light: Rgb; dark: Rgb } {
  const pattern = new RegExp(`${variable}:\\s*(#[0-9a-fA-F]{6})\\s*;`, "g");
  const values = Array.from(css.matchAll(pattern), (match) => match[1] ?? "");
  expect(values, `${variable} is defined once for light and once for dark`).toHaveLength(2);
  return { light: parseHex(values[0] ?? ""), dark: parseHex(values[1] ?? "") };
}

const lanes = (ids: string[]): Lane[] => ids.map((id) => ({ id, label: id || "Other", count: 1 }));

describe("laneColourVars", () => {
  it("keeps the theme's actor colours and gives every other lane a colour no lane on screen has", () => {
    expect(
      laneColourVars(lanes(["Russia", "Japan", "United States", "China", "Korea", ""])),
    ).toEqual([
      "--lane-russia",
      "--lane-japan",
      "--lane-us",
      "--tl-lane-0",
      "--tl-lane-1",
      "--lane-other",
    ]);
  });

  it("colours six topic lanes (no actor colours in use) all differently", () => {
    const vars = laneColourVars(
      lanes(["diplomacy", "security", "territory", "economy", "politics", ""]),
    );
    expect(new Set(vars).size).toBe(MAX_LANES);
  });

  it("writes a CSS colour with a fallback", () => {
    expect(cssColour("--lane-japan")).toBe("var(--lane-japan, #b42318)");
    expect(cssColour("--tl-lane-1")).toBe("var(--tl-lane-1, #e12d78)");
  });
});

describe("the lane colours", () => {
  const themes = ["light", "dark"] as const;
  const colours = LANE_COLOUR_VARS.map((variable) => ({ variable, ...themeValues(variable) }));
  const surfaces = ["--surface", "--surface-2"].map((variable) => themeValues(variable));

  it("are as many as there can be lanes", () => {
    expect(colours).toHaveLength(MAX_LANES);
  });

  for (const theme of themes) {
    it(`meet 3:1 against the ${theme} surfaces`, () => {
      for (const colour of colours) {
        for (const surface of surfaces) {
          expect(contrast(colour[theme], surface[theme]), colour.variable).toBeGreaterThanOrEqual(
            3,
          );
        }
      }
    });

    it(`carry text (a group's count) at 4.5:1 in the ${theme} theme`, () => {
      for (const colour of colours) {
        const ink = themeValues(inkOf(colour.variable));
        expect(contrast(ink[theme], colour[theme]), inkOf(colour.variable)).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    });

    for (const vision of ["normal vision", "deuteranopia"] as const) {
      it(`are told apart in the ${theme} theme with ${vision}`, () => {
        const seen = (rgb: Rgb) => (vision === "deuteranopia" ? simulateDeuteranopia(rgb) : rgb);
        const closest = { difference: Number.POSITIVE_INFINITY, pair: "" };
        colours.forEach((a, i) => {
          for (const b of colours.slice(i + 1)) {
            const difference = deltaE2000(seen(a[theme]), seen(b[theme]));
            if (difference < closest.difference) {
              closest.difference = difference;
              closest.pair = `${a.variable} / ${b.variable}`;
            }
          }
        });
        expect(closest.difference, closest.pair).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
      });
    }
  }
});

describe("colourVision", () => {
  it("computes CIEDE2000 and simulates deuteranopia as published", () => {
    // Sharma, Wu and Dalal's test pair 1 is in Lab; pure red and green differ by 86.6.
    expect(deltaE2000(parseHex("#ff0000"), parseHex("#00ff00"))).toBeCloseTo(86.61, 1);
    expect(deltaE2000(parseHex("#123456"), parseHex("#123456"))).toBe(0);
    // Red and green look alike without green cones.
    const red = simulateDeuteranopia(parseHex("#ff0000"));
    const green = simulateDeuteranopia(parseHex("#00ff00"));
    expect(deltaE2000(red, green)).toBeLessThan(25);
    expect(contrast(parseHex("#000000"), parseHex("#ffffff"))).toBeCloseTo(21, 5);
  });
});
