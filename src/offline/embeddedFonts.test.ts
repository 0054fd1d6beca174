import { describe, expect, it } from "vitest";
import {
  EMBEDDED_FAMILIES,
  type EmbeddedFace,
  fontFaceRule,
  labelFacesOf,
  readFontFaceRules,
} from "./embeddedFonts";

const jp: EmbeddedFace = {
  family: "jp",
  url: "data:font/woff2;base64,AAEC+/==",
  unicodeRange: "U+6771,U+4e00-4e0f",
};
const sc: EmbeddedFace = {
  family: "sc",
  url: "data:font/woff2;base64,BBB=",
  unicodeRange: "U+4e1c",
};

describe("fontFaceRule and readFontFaceRules", () => {
  it("read back the faces they wrote, and nothing else in the stylesheet", () => {
    const css = [
      fontFaceRule(jp),
      "@font-face{font-family:\"Noto Sans\";src:url(data:x) format('woff2');unicode-range:U+0}",
      fontFaceRule(sc),
    ].join("");
    expect(readFontFaceRules(css)).toEqual([jp, sc]);
    expect(readFontFaceRules("")).toEqual([]);
  });

  it("name the faces as the page's fonts do: a Chinese copy's text draws from its SC faces", () => {
    expect(fontFaceRule(jp)).toMatch(/^@font-face\{font-family:"Noto Sans JP";/);
    expect(fontFaceRule(sc)).toMatch(/^@font-face\{font-family:"Noto Sans SC";/);
    expect(EMBEDDED_FAMILIES.sc).toBe("Noto Sans SC");
  });
});

describe("labelFacesOf", () => {
  it("gives the map the faces of the family its labels need first, then the other's", () => {
    const faces = [jp, sc];
    expect(labelFacesOf(faces, "sc").map((face) => face.url)).toEqual([sc.url, jp.url]);
    expect(labelFacesOf(faces, "jp").map((face) => face.url)).toEqual([jp.url, sc.url]);
    expect(labelFacesOf(faces, "jp")[0]).toEqual({
      url: jp.url,
      "unicode-range": ["U+6771", "U+4e00-4e0f"],
    });
  });
});
