import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE } from "../url/codec";
import { embedSnippet, embedSrc } from "./snippet";

const appUrl = "https://example.org/kurils/";

describe("embedSnippet", () => {
  it("is an iframe on the view with embed=1, then the host script", () => {
    const snippet = embedSnippet({
      appUrl,
      state: { ...DEFAULT_URL_STATE, event: "nagato-summit", names: "ja" },
      title: "Japan–Russia relations: timeline and map",
      size: "medium",
      followAddress: true,
    });
    const [frame, script] = snippet.split("\n");
    expect(frame).toMatch(/^<iframe title="Japan–Russia relations: timeline and map" /);
    expect(frame).toContain(
      'src="https://example.org/kurils/?embed=1&amp;event=nagato-summit&amp;names=ja"',
    );
    expect(frame).toContain("width:100%;max-width:100%;height:560px");
    expect(frame).toContain(" data-kuril-embed>");
    expect(frame).not.toContain("data-kuril-address");
    expect(script).toBe('<script src="https://example.org/kurils/embed.js" async></script>');
  });

  it("writes the size preset and the address option", () => {
    const snippet = embedSnippet({
      appUrl,
      state: DEFAULT_URL_STATE,
      title: "t",
      size: "large",
      followAddress: false,
    });
    expect(snippet).toContain("height:720px");
    expect(snippet).toContain('data-kuril-address="off"');
  });

  it("escapes the title and the state", () => {
    const snippet = embedSnippet({
      appUrl,
      state: { ...DEFAULT_URL_STATE, q: '"><script>alert(1)</script>' },
      title: '"><img src=x onerror=alert(1)>',
      size: "small",
      followAddress: true,
    });
    expect(snippet).not.toContain("<img");
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe("embedSrc", () => {
  it("leaves the default window out", () => {
    const window = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2018, 0, 1) };
    expect(embedSrc(appUrl, { ...DEFAULT_URL_STATE, window }, window)).toBe(`${appUrl}?embed=1`);
    expect(embedSrc(appUrl, { ...DEFAULT_URL_STATE, window }, null)).toBe(
      `${appUrl}?embed=1&from=2016-01-01&to=2017-12-31`,
    );
  });
});
