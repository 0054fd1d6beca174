import { describe, expect, it } from "vitest";
import { arrivalBlock, arrivalEmbed } from "./hostArrival";

describe("arrivalEmbed", () => {
  it("finds the first embed the fragment names, by its key", () => {
    expect(arrivalEmbed("#event=nagato-summit", [""])).toBe(0);
    expect(arrivalEmbed("#map2.place=iturup", ["", "map2"])).toBe(1);
    expect(arrivalEmbed("#2.from=2016&event=x", ["", "2"])).toBe(0);
    expect(arrivalEmbed("#from=2016-01-01", [""])).toBe(0);
    // `#event=` (nothing selected) is still a link about the embed.
    expect(arrivalEmbed("#event=", [""])).toBe(0);
  });

  it("names none for an empty fragment, an in-page link or another page's keys", () => {
    expect(arrivalEmbed("", [""])).toBe(-1);
    expect(arrivalEmbed("#notes", [""])).toBe(-1);
    expect(arrivalEmbed("#map3.event=x&section=2", ["", "map2"])).toBe(-1);
    expect(arrivalEmbed("#event=x", [])).toBe(-1);
  });
});

describe("arrivalBlock", () => {
  it("centres a frame that fits the window and puts a taller one's top at the window's top", () => {
    expect(arrivalBlock(560, 667)).toBe("center");
    expect(arrivalBlock(667, 667)).toBe("center");
    expect(arrivalBlock(720, 667)).toBe("start");
  });
});
