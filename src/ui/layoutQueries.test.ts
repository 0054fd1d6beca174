import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMPACT_HEADER,
  HEADER_MENU_LAYOUT,
  PHONE_LAYOUT,
  PHONE_OR_SHORT_LAYOUT,
  SHORT_LAYOUT,
  SHORT_WINDOW,
  shortDetailsQuery,
} from "./layoutQueries";

/** Whether a media query list of min/max width/height features matches a window of this size. */
function matches(query: string, width: number, height: number): boolean {
  return query.split(", ").some((one) =>
    one.split(" and ").every((feature) => {
      const [, side, axis, px] = /^\((min|max)-(width|height): (\d+)px\)$/.exec(feature) ?? [];
      if (!px) throw new Error(`not understood: ${feature}`);
      const size = axis === "width" ? width : height;
      return side === "min" ? size >= Number(px) : size <= Number(px);
    }),
  );
}

/** Each `@media query` block's rules, comments dropped: its selectors (spaces collapsed), declarations. */
function mediaBlocks(css: string, query: string): [string, string][][] {
  const words = (text: string) => text.trim().replace(/\s+/g, " ");
  return css
    .split(`@media ${query} {`)
    .slice(1)
    .map((after) => {
      const body = after.slice(0, after.indexOf("\n}")).replace(/\/\*[\s\S]*?\*\//g, "");
      return [...body.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(
        ([, selector = "", declarations = ""]) => [words(selector), words(declarations)],
      );
    });
}

/** The block of `query` that styles the header's fold (its toggle shown). */
function headerFold(css: string, query: string): [string, string][] {
  const blocks = mediaBlocks(css, query).filter((rules) =>
    rules.some(([selector]) => selector.endsWith(".header-menu-toggle")),
  );
  expect(blocks).toHaveLength(1);
  return blocks[0] ?? [];
}

describe("layout queries", () => {
  it("are styles.css's own, word for word", () => {
    const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
    const media = [...css.matchAll(/@media ([^{]+)\{/g)].map((match) => match[1]?.trim());
    expect(media).toContain(PHONE_LAYOUT);
    expect(media).toContain(SHORT_LAYOUT);
    expect(media).toContain(SHORT_WINDOW);
    expect(media).toContain(COMPACT_HEADER);
    expect(media).toContain(HEADER_MENU_LAYOUT);
    expect(PHONE_OR_SHORT_LAYOUT.split(", ")).toEqual([PHONE_LAYOUT, SHORT_LAYOUT]);
  });

  it("fold the header's tools by the media query up to 1000 px, and by the same rules under data-folded wider", () => {
    const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
    const narrow = headerFold(css, HEADER_MENU_LAYOUT);
    const wide = headerFold(css, "(min-width: 1001px)");
    // Up to 1000 px nothing waits for React's attribute: the HTML's first view is folded too.
    expect(narrow.some(([selector]) => selector.includes("data-folded"))).toBe(false);
    // Wider, every rule is the narrow one's, each of its selectors under `[data-folded]` only.
    for (const [selector] of wide) {
      for (const one of selector.split(", ")) expect(one).toMatch(/^\.header-menu\[data-folded\]/);
    }
    const unfolded = wide.map(([selector, declarations]) => [
      selector.replaceAll("[data-folded]", "").replaceAll(".header-menu ", ""),
      declarations,
    ]);
    expect(unfolded).toEqual(narrow);
  });

  it("are story mode's too: on a phone its step's text takes the lanes' room (storyControls.css)", () => {
    const css = readFileSync(new URL("../story/storyControls.css", import.meta.url), "utf8");
    const media = [...css.matchAll(/@media ([^{]+)\{/g)].map((match) => match[1]?.trim());
    expect(media).toContain(PHONE_LAYOUT);
    // While the sheet is open only: closed, the timeline has its room back.
    expect(css).toMatch(
      /\.story-bar\.is-on\):has\(\.region-details\[data-sheet="open"\]\)\s+\.app-main \{\s*grid-template-rows:/,
    );
  });

  it("are the timeline's too: its lane names and toolbar follow the phone layout", () => {
    const css = readFileSync(new URL("../timeline/timeline.css", import.meta.url), "utf8");
    const media = [...css.matchAll(/@media ([^{]+)\{/g)].map((match) => match[1]?.trim());
    expect(media).toContain(PHONE_LAYOUT);
  });

  // Where the details' head was compact when each layout wrote it out (review 55).
  it.each([
    [375, 667, false, true, true],
    [320, 568, false, true, true],
    [375, 667, false, false, false],
    [320, 300, false, false, false],
    [740, 360, false, true, true],
    [740, 360, false, false, true],
    [844, 390, false, false, true],
    [1280, 450, false, false, true],
    [1280, 450, false, true, true],
    [1280, 481, false, false, false],
    [800, 560, true, false, true],
    [800, 560, true, true, false],
    [800, 500, true, true, false],
    [800, 450, true, true, true],
    [400, 600, true, false, true],
    [400, 600, true, true, true],
    [1000, 700, true, false, true],
    [1001, 700, true, false, false],
    [1280, 800, false, false, false],
    [1280, 800, false, true, false],
    [1280, 800, true, false, false],
  ])("short details at %i×%i (embed %s, story %s): %s", (width, height, embed, story, short) => {
    expect(matches(shortDetailsQuery(embed, story), width, height)).toBe(short);
  });
});
