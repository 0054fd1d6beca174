import { describe, expect, it } from "vitest";
import { iconSizeProblem, manifestProblems, pngSize, type WebManifest } from "./installability";
import { pwaOptions } from "./pwaOptions";

const URL_OF_MANIFEST = "https://example.org/app/manifest.webmanifest";

const good: WebManifest = {
  name: "A timeline",
  short_name: "Timeline",
  start_url: "/app/",
  scope: "/app/",
  display: "standalone",
  background_color: "#ffffff",
  theme_color: "#1d3557",
  icons: [
    { src: "icon-192.png", sizes: "192x192", type: "image/png" },
    { src: "icon-512.png", sizes: "512x512", type: "image/png" },
    { src: "icon-maskable.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe("manifestProblems", () => {
  it("passes a complete manifest", () => {
    expect(manifestProblems(good, URL_OF_MANIFEST)).toEqual([]);
  });

  it("passes the app's own manifest (scripts/pwaOptions.ts)", () => {
    const manifest = pwaOptions("data/japan-russia-2018.json").manifest as WebManifest;
    expect(manifestProblems(manifest, "http://127.0.0.1/manifest.webmanifest")).toEqual([]);
  });

  it("names each missing part", () => {
    const { icons, theme_color, short_name, ...rest } = good;
    expect(
      manifestProblems({ ...rest, display: "browser", icons: icons?.slice(0, 1) }, URL_OF_MANIFEST),
    ).toEqual([
      "no short_name (shown under the home-screen icon)",
      'display "browser" opens in a browser tab',
      "no 512×512 PNG icon",
      "no maskable icon",
      "no theme_color",
    ]);
  });

  it("refuses a start_url outside the scope or off the origin", () => {
    expect(manifestProblems({ ...good, start_url: "/other/" }, URL_OF_MANIFEST)).toEqual([
      "start_url /other/ is outside scope /app/",
    ]);
    expect(
      manifestProblems({ ...good, start_url: "https://elsewhere.example/" }, URL_OF_MANIFEST),
    ).toEqual(["start_url is off origin"]);
  });

  it("does not count a maskable-only icon as the 192 px one", () => {
    const icons = [
      { src: "a.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "b.png", sizes: "512x512", type: "image/png" },
    ];
    expect(manifestProblems({ ...good, icons }, URL_OF_MANIFEST)).toEqual(["no 192×192 PNG icon"]);
  });
});

describe("pngSize and iconSizeProblem", () => {
  it("reads the header's size", () => {
    expect(pngSize(png(192, 192))).toEqual({ width: 192, height: 192 });
    expect(pngSize(new TextEncoder().encode("<!doctype html><html></html>"))).toBeNull();
  });

  it("compares it with the declared size", () => {
    const icon = { src: "icon-512.png", sizes: "512x512" };
    expect(iconSizeProblem(icon, png(512, 512))).toBeNull();
    expect(iconSizeProblem(icon, png(256, 256))).toBe("icon-512.png is 256×256, declared 512x512");
    expect(iconSizeProblem(icon, new Uint8Array(40))).toBe("icon-512.png is not a PNG");
  });
});
