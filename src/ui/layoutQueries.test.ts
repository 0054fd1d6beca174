import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PHONE_LAYOUT, PHONE_OR_SHORT_LAYOUT, SHORT_LAYOUT } from "./layoutQueries";

describe("layout queries", () => {
  it("are styles.css's own, word for word", () => {
    const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
    const media = [...css.matchAll(/@media ([^{]+)\{/g)].map((match) => match[1]?.trim());
    expect(media).toContain(PHONE_LAYOUT);
    expect(media).toContain(SHORT_LAYOUT);
    expect(PHONE_OR_SHORT_LAYOUT.split(", ")).toEqual([PHONE_LAYOUT, SHORT_LAYOUT]);
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
});
