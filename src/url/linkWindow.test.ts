import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, decodeUrl } from "./codec";
import { linkWindow } from "./linkWindow";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fallback = { start: day("2016-06-01"), end: day("2018-06-01") };
const read = (search: string) => decodeUrl(search, { origin: "https://example.org" }).state;

describe("linkWindow", () => {
  it("keeps a window with both bounds as written", () => {
    expect(linkWindow(read("?from=2017-01-01&to=2017-03-31"), fallback)).toEqual({
      start: day("2017-01-01"),
      end: day("2017-04-01"),
    });
  });

  it("starts a window at from alone, as long as the default window", () => {
    expect(linkWindow(read("?from=2010-01-01"), fallback)).toEqual({
      start: day("2010-01-01"),
      end: day("2010-01-01") + (fallback.end - fallback.start),
    });
  });

  it("ends a window at the end of to's day alone, as long as the default window", () => {
    expect(linkWindow(read("?to=2010-12-31"), fallback)).toEqual({
      start: day("2011-01-01") - (fallback.end - fallback.start),
      end: day("2011-01-01"),
    });
  });

  it("gives null for a link without a window", () => {
    expect(linkWindow(DEFAULT_URL_STATE, fallback)).toBeNull();
  });
});
