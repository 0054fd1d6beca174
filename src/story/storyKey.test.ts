// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { storyKey } from "./useStoryPlayer";

const key = (key: string, target: EventTarget | null = null) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target,
});

describe("storyKey", () => {
  it("plays or pauses on Space from the page, and steps on the arrows", () => {
    expect(storyKey(key(" ", document.body))).toBe("play");
    expect(storyKey(key("ArrowLeft"))).toBe("previous");
    expect(storyKey(key("ArrowRight", document.createElement("button")))).toBe("next");
  });

  it("leaves Space to a focused button, and to what is inside one (review 25)", () => {
    const button = document.createElement("button");
    const label = document.createElement("span");
    button.append(label);
    expect(storyKey(key(" ", button))).toBeNull();
    expect(storyKey(key(" ", label))).toBeNull();
  });

  it("leaves a radio and the speed list their arrows and Space", () => {
    for (const tag of ["input", "select"]) {
      const control = document.createElement(tag);
      for (const pressed of [" ", "ArrowLeft", "ArrowRight"]) {
        expect(storyKey(key(pressed, control))).toBeNull();
      }
    }
  });
});
