import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import { describeEarlyYear, earlyYear, readEarlyYear } from "./earlyYear";

describe("years before 1", () => {
  it("are written as people write them", () => {
    expect(describeEarlyYear(-44)).toBe("44 BCE");
    expect(describeEarlyYear(0)).toBe("1 BCE");
    expect(describeEarlyYear(-3500)).toBe("3,500 BCE");
    expect(describeEarlyYear(-13_800_000_000)).toBe("13.8 billion years ago");
    expect(describeEarlyYear(-251_902_000)).toBe("251.9 million years ago");
    expect(describeEarlyYear(-315_000)).toBe("315,000 years ago");
  });

  it("are said as BCE up to 99,999, then as years ago rounded as written", () => {
    expect(earlyYear(-99_999)).toEqual({ bce: 99_999 });
    expect(earlyYear(-100_000)).toEqual({ ago: 100_000 });
    expect(earlyYear(-13_812_345_678)).toEqual({ ago: 13_810_000_000 });
    expect(earlyYear(-251_902_000)).toEqual({ ago: 251_900_000 });
  });

  it("are read back from the text the importer stored", () => {
    expect(readEarlyYear("44 BCE")).toBe(-44);
    expect(readEarlyYear("3,500 BCE")).toBe(-3500);
    expect(readEarlyYear("300,000 years ago")).toBe(-300_000);
    expect(readEarlyYear("540 million years ago")).toBe(-540_000_000);
    expect(readEarlyYear("13.8 billion years ago")).toBe(-13_800_000_000);
    // Every year reads back as the year its text says.
    const random = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const year = -Math.floor(random() ** 4 * 20e9);
      const text = describeEarlyYear(year);
      const said = earlyYear(year);
      expect(earlyYear(readEarlyYear(text) ?? 1), text).toEqual(said);
    }
  });

  it("leave a date the source wrote its own way as it is", () => {
    for (const text of [
      "Spring 1943",
      "44 BC",
      "3500 BCE",
      "c. 44 BCE",
      "13.8 billion BCE",
      "0.5 million years ago",
      "13.80 billion years ago",
      "",
    ]) {
      expect(readEarlyYear(text), text).toBeNull();
    }
  });
});
