import { describe, expect, it } from "vitest";
import { memoizeByKey, memoizeLast } from "./memo";

describe("memoizeLast", () => {
  it("computes again only when an argument changes", () => {
    let calls = 0;
    const double = memoizeLast((n: number) => {
      calls++;
      return { n: n * 2 };
    });
    const first = double(2);
    expect(double(2)).toBe(first);
    expect(double(3).n).toBe(6);
    expect(calls).toBe(2);
  });
});

describe("memoizeByKey", () => {
  it("makes one result per distinct arguments and keeps them all", () => {
    const made: string[] = [];
    const make = memoizeByKey((lang: string, style: string) => {
      made.push(`${lang}/${style}`);
      return { lang, style };
    });
    const jaDay = make("ja", "day");
    expect(make("en", "day")).not.toBe(jaDay);
    expect(make("ja", "day")).toBe(jaDay);
    expect(make("ja", "month")).toEqual({ lang: "ja", style: "month" });
    expect(made).toEqual(["ja/day", "en/day", "ja/month"]);
  });

  it("does not confuse arguments that would join alike", () => {
    const make = memoizeByKey((a: string, b: string) => `${a}|${b}`);
    expect(make("a:b", "c")).toBe("a:b|c");
    expect(make("a", "b:c")).toBe("a|b:c");
  });
});
