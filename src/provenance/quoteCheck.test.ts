import { describe, expect, it } from "vitest";
import { buildQuoteCheck } from "./buildQuoteCheck";
import { fromBuild, mismatchedIds, type QuoteCheck, sourceTextUrl } from "./quoteCheck";
import { quoteMark } from "./quoteMark";

const ARTICLE = [
  "Headline\nBy someone",
  "The first paragraph says one thing.",
  "The second paragraph says “another thing” entirely.",
].join("\n\n");

const events = [
  { id: "a", quote: { text: "says one thing", paragraph: 1 } },
  { id: "b", quote: { text: 'says "another thing"', paragraph: 2 } },
  { id: "c", quote: { text: "says something invented", paragraph: 2 } },
  { id: "d" },
];

describe("buildQuoteCheck", () => {
  it("records what the build compared, the failures by event id, and the hashes", () => {
    const record = buildQuoteCheck(events, { text: ARTICLE, sha256: "ab".repeat(32) }, "cd");
    expect(record).toEqual({
      status: "checked",
      quotes: 3,
      mismatched: ["c"],
      sourceSha256: "ab".repeat(32),
      datasetSha256: "cd",
    });
  });

  it('says "not checked" when the build had no source text', () => {
    expect(buildQuoteCheck(events, null, "cd")).toMatchObject({ status: "not-checked" });
    expect(fromBuild(buildQuoteCheck(events, null, "cd")).kind).toBe("not-checked");
  });
});

describe("mismatchedIds", () => {
  it("maps issue paths to ids and ignores others", () => {
    expect(
      mismatchedIds(events, [
        { path: "events[2].quote.text", code: "quoteNotInSource" },
        { path: "events[0].quote.paragraph", code: "wrongParagraph" },
        { path: "events[9].quote.text", code: "quoteNotInSource" },
        { path: "meta.title", code: "empty" },
      ]),
    ).toEqual(["c", "a"]);
  });
});

describe("sourceTextUrl", () => {
  const PAGE = "https://maps.example.org";
  it("reads the text beside a dataset on its own origin", () => {
    expect(
      sourceTextUrl("article.txt", { kind: "url", url: "https://news.example.com/d/x.json" }, PAGE),
    ).toEqual({ url: "https://news.example.com/d/article.txt" });
    expect(sourceTextUrl("/texts/a.txt", { kind: "url", url: "/other.json" }, PAGE)).toEqual({
      url: "https://maps.example.org/texts/a.txt",
    });
  });

  it("refuses a text on another origin, a local file's, and no text at all", () => {
    const fromNews = { kind: "url", url: "https://news.example.com/x.json" } as const;
    expect(sourceTextUrl("https://maps.example.org/a.txt", fromNews, PAGE)).toEqual({
      reason: "quoteReason.otherSite",
    });
    expect(sourceTextUrl("data:text/plain,hi", fromNews, PAGE)).toHaveProperty("reason");
    expect(sourceTextUrl("a.txt", { kind: "file", name: "x.json" }, PAGE)).toHaveProperty("reason");
    expect(sourceTextUrl(undefined, fromNews, PAGE)).toHaveProperty("reason");
    expect(sourceTextUrl("a.txt", { kind: "default" }, PAGE)).toHaveProperty("reason");
  });
});

describe("quoteMark", () => {
  const checked: QuoteCheck = {
    kind: "checked",
    by: "build",
    against: "the article",
    sha256: "0123456789abcdef".repeat(4),
    mismatched: new Set(["c"]),
  };

  it('says "checked" only for a quote the check found', () => {
    expect(quoteMark(checked, "a")).toEqual({
      status: "checked",
      label: "Quote checked against the source",
      detail:
        "Found verbatim when this site was built, against the article's text (SHA-256 0123456789ab…).",
    });
    expect(quoteMark(checked, "c").status).toBe("mismatch");
  });

  it("names the browser check's source text", () => {
    const browser: QuoteCheck = { ...checked, by: "browser", against: "https://x.example/a.txt" };
    expect(quoteMark(browser, "a").detail).toContain(
      "in your browser, against https://x.example/a.txt",
    );
  });

  it('says "not checked" with the reason', () => {
    expect(quoteMark({ kind: "not-checked", reason: "No text." }, "a")).toEqual({
      status: "not-checked",
      label: "Quote not checked",
      detail: "No text.",
    });
  });
});
