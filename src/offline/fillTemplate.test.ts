import { describe, expect, it } from "vitest";
import { parseOfflineCopy, savedFromOf } from "./embeddedCopy";
import { copyFileName, EMPTY_SLOT, fillTemplate } from "./fillTemplate";
import { formatSize } from "./formatSize";

const template = `<html><head>${EMPTY_SLOT}<script type="module">app()</script></head><body></body></html>`;

function slotText(html: string): string | null {
  const doc = /<script type="application\/json" id="offline-copy">([\s\S]*?)<\/script>/.exec(html);
  return doc?.[1] ?? null;
}

describe("fillTemplate", () => {
  it("puts the dataset and view in the slot, where the copy reads them back", () => {
    const dataset = { meta: { title: "T" }, events: [{ id: "a", summary: "</script><b>x</b>" }] };
    const html = fillTemplate(template, {
      dataset,
      view: "?event=a",
      savedAt: "2026-01-01",
      shipped: true,
    });
    // Nothing in the data can close the script element early.
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(parseOfflineCopy(slotText(html))).toEqual({
      dataset,
      view: "?event=a",
      savedAt: "2026-01-01",
      shipped: true,
    });
  });

  it("adds the font faces after the slot, and fails clearly on a page without a slot", () => {
    const html = fillTemplate(
      template,
      { dataset: {}, view: "", savedAt: "", shipped: false },
      "@font-face{}",
    );
    expect(html).toContain('</script><style id="offline-fonts">@font-face{}</style><script');
    expect(() =>
      fillTemplate("<html></html>", { dataset: {}, view: "", savedAt: "", shipped: false }),
    ).toThrow(/noSlot/);
  });
});

describe("parseOfflineCopy", () => {
  it("reads nothing from an empty slot or a damaged one, and drops a view that is not a query", () => {
    expect(parseOfflineCopy("")).toBeNull();
    expect(parseOfflineCopy("{not json")).toBeNull();
    expect(parseOfflineCopy('{"dataset":"text"}')).toBeNull();
    expect(parseOfflineCopy('{"dataset":{},"view":"javascript:x"}')?.view).toBe("");
    // Only a copy saved from the site's own story says so: anything else is not.
    expect(parseOfflineCopy('{"dataset":{},"shipped":"yes"}')?.shipped).toBe(false);
  });
});

describe("savedFromOf", () => {
  const page = "https://maps.example.org/app/?data=x";

  it("records nothing for the site's story, and where anything else came from", () => {
    expect(savedFromOf({ kind: "default" }, page)).toBeUndefined();
    expect(savedFromOf({ kind: "file", name: "mine.json" }, page)).toEqual({
      kind: "file",
      name: "mine.json",
    });
    expect(savedFromOf({ kind: "draft" }, page)).toEqual({ kind: "draft" });
    expect(savedFromOf({ kind: "file", name: "pasted rows", pasted: true }, page)).toEqual({
      kind: "file",
      name: "pasted rows",
      pasted: true,
    });
  });

  it("keeps a dataset's address whole, since the copy's own address is a file", () => {
    expect(savedFromOf({ kind: "url", url: "/data/other.json" }, page)).toEqual({
      kind: "url",
      url: "https://maps.example.org/data/other.json",
      site: "https://maps.example.org",
    });
    expect(savedFromOf({ kind: "url", url: "https://example.org/x.json" }, page)).toMatchObject({
      url: "https://example.org/x.json",
      site: "https://maps.example.org",
    });
  });

  it("reads back from the copy, and a copy without it (or a damaged one) has none", () => {
    const saved = { kind: "url", url: "https://example.org/x.json", site: "https://a.org" };
    const copy = (savedFrom: unknown) =>
      parseOfflineCopy(JSON.stringify({ dataset: {}, shipped: false, savedFrom }))?.savedFrom;
    expect(copy(saved)).toEqual(saved);
    expect(copy({ kind: "draft" })).toEqual({ kind: "draft" });
    const pasted = { kind: "file", name: "pasted rows", pasted: true };
    expect(copy(pasted)).toEqual(pasted);
    expect(copy({ ...pasted, pasted: "yes" })).toEqual({ kind: "file", name: "pasted rows" });
    expect(parseOfflineCopy('{"dataset":{},"shipped":false}')?.savedFrom).toBeUndefined();
    expect(copy({ kind: "url", url: 7 })).toBeUndefined();
    expect(copy({ kind: "file" })).toBeUndefined();
    expect(copy("draft")).toBeUndefined();
  });
});

describe("a copy saved before copies said where their data came from", () => {
  const old = (view: string) =>
    parseOfflineCopy(JSON.stringify({ dataset: {}, view, savedAt: "2026-11-30T10:00:00Z" }));

  it("opens on its own dataset: its view's data= is dropped, the rest kept", () => {
    expect(old("?data=%2Fdata%2Fother.json&event=nagato-summit&names=ru")?.view).toBe(
      "?event=nagato-summit&names=ru",
    );
    expect(old("?data=https%3A%2F%2Fexample.org%2Fx.json")?.view).toBe("");
    expect(old("?event=nagato-summit")?.view).toBe("?event=nagato-summit");
  });

  it("is named as a copy of the address in its view, whose site it did not record", () => {
    expect(old("?data=%2Fdata%2Fother.json")?.savedFrom).toEqual({
      kind: "url",
      url: "/data/other.json",
      site: "",
    });
    expect(old("?data=https%3A%2F%2Fexample.org%2Fx.json")?.savedFrom).toEqual({
      kind: "url",
      url: "https://example.org/x.json",
      site: "",
    });
    expect(old("?event=nagato-summit")?.savedFrom).toBeUndefined();
  });
});

describe("copyFileName and formatSize", () => {
  it("makes a plain file name from any title", () => {
    expect(copyFileName("Japan–Russia relations, 2018")).toBe("japan-russia-relations-2018.html");
    expect(copyFileName("択捉島", "png")).toBe("timeline.png");
  });

  it("writes sizes the way people read them", () => {
    expect(formatSize(2_345_678)).toBe("2.2 MB");
    expect(formatSize(300)).toBe("1 KB");
    expect(formatSize(52_000)).toBe("51 KB");
  });
});
