import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseOptions } from "./options";

describe("parseOptions", () => {
  it("gives the defaults for no options", () => {
    expect(parseOptions([])).toEqual(DEFAULT_OPTIONS);
  });

  it("reads every option", () => {
    expect(
      parseOptions([
        "--sizes",
        "10_000,1000,1000",
        "--no-build",
        "--no-vis",
        "--steps=20",
        "--seed",
        "7",
        "--dist",
        "/tmp/copy",
        "--realistic",
        "5000",
        "--no-csv",
        "--no-lighthouse",
        "--trace-compiles",
      ]),
    ).toEqual({
      sizes: [1000, 10_000],
      build: false,
      vis: false,
      steps: 20,
      seed: 7,
      dist: "/tmp/copy",
      realistic: 5000,
      csv: null,
      lighthouse: false,
      traceCompiles: true,
    });
  });

  it("fails with a precise message and the usage", () => {
    expect(() => parseOptions(["--steps", "0"])).toThrow(
      /^invalid --steps: 0 \(an integer from 1 to 100\)\nusage:/,
    );
    expect(() => parseOptions(["--sizes", "1000,lots"])).toThrow(/invalid --sizes: lots/);
    expect(() => parseOptions(["--fast"])).toThrow(/Unknown option '--fast'[\s\S]*usage:/);
    expect(() => parseOptions(["--seed"])).toThrow(/--seed/);
    expect(() => parseOptions(["--csv", "3000000"])).toThrow(/invalid --csv: 3000000/);
  });
});
