import { describe, expect, it } from "vitest";
import type { DatasetEvent } from "../data/schema";
import { smallDataset } from "../test/fixtures";
import { escapeHtml, shareDate, sharePageHtml } from "./sharePage";

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];

describe("sharePageHtml", () => {
  const dataset = smallDataset();
  const airport = dataset.events.find((e) => e.id === "e-2018-01");
  if (!airport) throw new Error("fixture changed");

  it("carries the preview tags and redirects to the event", () => {
    const html = sharePageHtml(dataset, airport, {
      siteUrl: "https://example.org/app/",
      imagePath: "og/islands.png",
    });
    expect(meta(html, "og:title")).toBe("Airport on Etorofu / Iturup");
    expect(meta(html, "og:description")).toBe("January 2018. s");
    expect(meta(html, "og:url")).toBe("https://example.org/app/share/e-2018-01.html");
    expect(meta(html, "og:image")).toBe("https://example.org/app/og/islands.png");
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://example.org/app/?event=e-2018-01">',
    );
  });

  it("carries the embed snippet for the event, with absolute addresses", () => {
    const html = sharePageHtml(dataset, airport, {
      siteUrl: "https://example.org/app/",
      imagePath: "og/islands.png",
    });
    const code = /<code data-embed-snippet>([^<]*)<\/code>/.exec(html)?.[1] ?? "";
    const snippet = code
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    // What a reader copies is HTML: the & in the address is written &amp;.
    expect(snippet).toContain('src="https://example.org/app/?embed=1&amp;event=e-2018-01"');
    expect(snippet).toContain('<script src="https://example.org/app/embed.js" async></script>');
    expect(html.match(/<script/g)).toBeNull();
  });

  it("uses relative links when no site address is known", () => {
    const html = sharePageHtml(dataset, airport, { siteUrl: "", imagePath: "og/islands.png" });
    expect(html).toContain('content="0; url=../?event=e-2018-01"');
    expect(meta(html, "og:image")).toBe("../og/islands.png");
  });

  it("writes hostile text as text", () => {
    const hostile = {
      ...airport,
      title: '<img src=x onerror="alert(1)">',
      summary: "</title><script>x</script>",
    };
    const html = sharePageHtml(dataset, hostile, { siteUrl: "", imagePath: "og/islands.png" });
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("escapes every special character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });
});

describe("sharePageHtml in another language", () => {
  const base = smallDataset();
  const dataset = {
    ...base,
    meta: { ...base.meta, i18n: { ja: { title: "日ロ関係" } } },
    places: base.places.map((place) =>
      place.id === "iturup"
        ? {
            ...place,
            i18n: { ja: { name: "択捉島／イトゥルップ島", ja: "択捉島", ru: "イトゥルップ島" } },
          }
        : place,
    ),
    events: base.events.map((event) =>
      event.id === "e-2018-01"
        ? { ...event, i18n: { ja: { title: "{iturup}の空港", summary: "要約" } } }
        : event,
    ),
  };
  const airport = dataset.events.find((e) => e.id === "e-2018-01");
  if (!airport) throw new Error("fixture changed");

  it("lives at share/<lang>/<id>.html, in the language, and opens the app in it", () => {
    const html = sharePageHtml(dataset, airport, {
      siteUrl: "https://example.org/app/",
      imagePath: "og/islands.png",
      lang: "ja",
    });
    expect(html).toContain('<html lang="ja">');
    expect(meta(html, "og:title")).toBe("択捉島 / イトゥルップ島の空港");
    expect(meta(html, "og:description")).toBe("2018年1月。要約");
    expect(meta(html, "og:site_name")).toBe("日ロ関係");
    expect(meta(html, "og:locale")).toBe("ja_JP");
    expect(meta(html, "og:url")).toBe("https://example.org/app/share/ja/e-2018-01.html");
    expect(html).toContain("url=https://example.org/app/?event=e-2018-01&amp;lang=ja");
    expect(html).toContain("この出来事を年表と地図で開く");
  });

  it('ends a Russian date\'s own point once before the summary (review 26: "2018 г.. …")', () => {
    const russian = { ...airport, start: "2018-01-21", summary: "Итог" };
    const html = sharePageHtml(dataset, russian, {
      siteUrl: "",
      imagePath: "og/islands.png",
      lang: "ru",
    });
    expect(meta(html, "og:description")).toBe("21 января 2018 г. Итог");
  });

  it("links two folders up without a site address", () => {
    const html = sharePageHtml(dataset, airport, {
      siteUrl: "",
      imagePath: "og/islands.png",
      lang: "ja",
    });
    expect(meta(html, "og:image")).toBe("../../og/islands.png");
  });
});

describe("shareDate", () => {
  const event = (start: string, more: Partial<DatasetEvent> = {}) =>
    ({ id: "e", title: "E", start, places: [], actors: [], tags: [], ...more }) as DatasetEvent;

  it("words a date as the app does, approximate days and day ranges included", () => {
    expect(shareDate(event("2018-04-15", { approximate: true }), "en")).toBe("c. mid-April 2018");
    expect(shareDate(event("2018-04-15", { approximate: true }), "ja")).toBe("2018年4月中旬頃");
    expect(shareDate(event("2018-02-06", { end: "2018-02-07" }), "ja")).toBe("2018年2月6日～7日");
    expect(shareDate(event("2018-03-21"), "ru")).toBe("21 марта 2018 г.");
    expect(shareDate(event("1945"), "zh")).toBe("1945年");
  });
});
