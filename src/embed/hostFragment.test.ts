import { describe, expect, it } from "vitest";
import {
  assignKeys,
  isNewSelection,
  readFragment,
  shareAddress,
  speaksTo,
  writeFragment,
} from "./hostFragment";

const view = (overrides: Partial<Record<"event" | "place" | "from" | "to", string | null>>) => ({
  event: null,
  place: null,
  from: null,
  to: null,
  ...overrides,
});

describe("readFragment", () => {
  it("reads the unkeyed embed's view", () => {
    expect(readFragment("#event=nagato-summit", "")).toEqual({ event: "nagato-summit" });
    expect(readFragment("#place=iturup&from=2016&to=2018-06", "")).toEqual({
      place: "iturup",
      from: "2016",
      to: "2018-06",
    });
  });

  it("keeps keyed embeds apart", () => {
    const hash = "#event=a&map2.event=b&map2.place=p&other=1";
    expect(readFragment(hash, "")).toEqual({ event: "a" });
    expect(readFragment(hash, "map2")).toEqual({ event: "b", place: "p" });
    expect(readFragment(hash, "map3")).toEqual({});
  });

  it("reads an empty value as none, and ignores repeated and badly encoded values", () => {
    expect(readFragment("#place=%E0%A4%A&event=x&event=y", "")).toEqual({ event: "x" });
    expect(readFragment("#event=&event=x", "")).toEqual({ event: null });
    expect(readFragment("#map2.event=", "map2")).toEqual({ event: null });
    expect(readFragment("", "")).toEqual({});
    expect(readFragment("#", "")).toEqual({});
  });
});

describe("shareAddress", () => {
  it("is the page's address, its query kept, its fragment the embed's event key", () => {
    expect(shareAddress("https://news.example/a.html?p=2#notes&event=x", "")).toBe(
      "https://news.example/a.html?p=2#event=",
    );
    expect(shareAddress("https://news.example/a.html", "map2")).toBe(
      "https://news.example/a.html#map2.event=",
    );
    // What Share appends, read back by the page's script, opens that event.
    const shared = new URL(`${shareAddress("https://n.example/", "2")}a%20b`);
    expect(readFragment(shared.hash, "2")).toEqual({
      event: "a b",
    });
  });
});

describe("writeFragment", () => {
  it("replaces the embed's pairs and keeps everything else", () => {
    expect(writeFragment("#section-2&event=a", "", view({ event: "b" }))).toBe(
      "#section-2&event=b",
    );
    expect(
      writeFragment("#event=a&map2.event=b", "map2", view({ place: "p", from: "2016-01-01" })),
    ).toBe("#event=a&map2.place=p&map2.from=2016-01-01");
  });

  it("empties the fragment when nothing is left", () => {
    expect(writeFragment("#event=a", "", view({}))).toBe("");
  });

  it("says no selection where the embed's own address selects one, so it does not come back", () => {
    const own = { event: "s", place: null };
    expect(writeFragment("#event=a", "", view({}), own)).toBe("#event=");
    expect(writeFragment("#map2.event=a&x", "map2", view({ from: "2016" }), own)).toBe(
      "#x&map2.event=&map2.from=2016",
    );
    expect(readFragment(writeFragment("#event=a", "", view({}), own), "")).toEqual({
      event: null,
    });
    expect(writeFragment("#event=a", "", view({ place: "p" }), own)).toBe("#place=p");
  });

  it("percent-encodes what it writes", () => {
    const hash = writeFragment("", "", view({ event: "a&b=c" }));
    expect(hash).toBe("#event=a%26b%3Dc");
    expect(readFragment(hash, "")).toEqual({ event: "a&b=c" });
  });
});

describe("isNewSelection", () => {
  it("is a new step when the event or place changes, not the window", () => {
    expect(isNewSelection("#event=a", "", view({ event: "b" }))).toBe(true);
    expect(isNewSelection("#event=a", "", view({ event: "a", from: "2016" }))).toBe(false);
    expect(isNewSelection("", "", view({ place: "p" }))).toBe(true);
    expect(isNewSelection("#k.event=a", "k", view({ event: "a" }))).toBe(false);
  });

  it("reads a fragment that names no selection as the embed's own address's", () => {
    const own = { event: "s", place: null };
    expect(isNewSelection("", "", view({}), own)).toBe(true);
    expect(isNewSelection("#from=2016", "", view({ event: "s" }), own)).toBe(false);
    expect(isNewSelection("#event=", "", view({}), own)).toBe(false);
    expect(isNewSelection("#event=", "", view({ event: "s" }), own)).toBe(true);
  });
});

describe("speaksTo", () => {
  it("is true for the embed's own keys and for an empty fragment, false for another anchor", () => {
    expect(speaksTo("#event=a", "")).toBe(true);
    expect(speaksTo("", "")).toBe(true);
    expect(speaksTo("#", "map2")).toBe(true);
    expect(speaksTo("#map2.place=p", "map2")).toBe(true);
    expect(speaksTo("#map2.place=p", "")).toBe(false);
    expect(speaksTo("#section-2", "")).toBe(false);
    // Another embed's keys: the fragment is the page's view, and this embed is at its own address.
    expect(speaksTo("#map2.place=p", "", ["", "map2"])).toBe(true);
    expect(speaksTo("#section-2", "", ["", "map2"])).toBe(false);
  });
});

describe("assignKeys", () => {
  it("gives the first unkeyed embed no key and numbers the others", () => {
    expect(assignKeys([undefined, "map", undefined, "bad key!", undefined])).toEqual([
      "",
      "map",
      "2",
      "3",
      "4",
    ]);
  });

  it("skips a number an author declared (review 33 F4)", () => {
    expect(assignKeys([undefined, "2", undefined, undefined])).toEqual(["", "2", "3", "4"]);
  });
});
