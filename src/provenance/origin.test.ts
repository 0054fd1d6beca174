import { describe, expect, it } from "vitest";
import { i18n, loadLanguage } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { describeOrigin, titleWithOrigin } from "./origin";

const PAGE = "https://maps.example.org";

describe("describeOrigin", () => {
  it("says nothing for the shipped dataset", () => {
    expect(describeOrigin({ kind: "default" }, PAGE)).toBeNull();
  });

  it("names another site and says this one did not publish it", () => {
    const words = describeOrigin({ kind: "url", url: "https://example.org/data/x.json" }, PAGE);
    expect(words).toMatchObject({
      banner: "Data from example.org — not published by this site",
      badge: "example.org",
      foreign: true,
    });
    expect(words?.share).toBe(
      "This link shows data from example.org, which this site did not publish.",
    );
    expect(words?.detail).toContain("https://example.org/data/x.json");
  });

  it("keeps a port, so a test server or a second service is told apart", () => {
    expect(describeOrigin({ kind: "url", url: "https://127.0.0.1:4213/a.json" }, PAGE)?.badge).toBe(
      "127.0.0.1:4213",
    );
  });

  it("names a file whose address is not valid percent-encoding as it is written", () => {
    expect(describeOrigin({ kind: "url", url: "/data/%E0.json" }, PAGE)?.banner).toBe(
      "Data from %E0.json on this site",
    );
  });

  it("names a file on this site by its name", () => {
    const words = describeOrigin({ kind: "url", url: "/data/other.json" }, PAGE);
    expect(words?.banner).toBe("Data from other.json on this site");
    expect(words?.foreign).toBe(false);
    expect(describeOrigin({ kind: "url", url: `${PAGE}/my%20events.json` }, PAGE)?.banner).toBe(
      "Data from my events.json on this site",
    );
  });

  it("says a local file and a draft are not shared", () => {
    expect(describeOrigin({ kind: "file", name: "mine.json" }, PAGE)?.banner).toBe(
      "A file from your computer (not shared)",
    );
    expect(describeOrigin({ kind: "file", name: "mine.json" }, PAGE)?.title).toContain("mine.json");
    expect(describeOrigin({ kind: "draft" }, PAGE)?.banner).toBe("Your draft (not published)");
  });

  it("says a draft autosave could not store is kept only while the page is open (review 34 F5)", () => {
    const kept = describeOrigin({ kind: "draft" }, PAGE);
    const unsaved = describeOrigin({ kind: "draft", unsaved: true }, PAGE);
    expect(kept?.detail).toBe("What you are editing, kept in this browser and not published.");
    expect(unsaved?.banner).toBe("Your draft (not published)");
    expect(unsaved?.detail).toBe(
      "What you are editing, not published, and kept only while this page is open: the browser's storage refused it.",
    );
    expect(unsaved?.share).toMatch(/^This is your draft, kept only while this page is open/);
  });

  it("names pasted rows as pasted, not as a file from the computer", () => {
    const words = describeOrigin({ kind: "file", name: "pasted rows", pasted: true }, PAGE);
    expect(words?.banner).toBe("Rows you pasted (not shared)");
    expect(words?.title).toBe("the rows you pasted");
    expect(Object.values(words ?? {}).join(" ")).not.toMatch(/file|computer/);
  });
});

describe("describeOrigin in a one-file copy", () => {
  // In a copy the saved dataset is the one it ships ("default"): its words come from `savedFrom`.
  const shipped = { kind: "default" } as const;
  const COPY_PAGE = "null";

  it("says nothing for a copy of the site's story, or one saved before copies said where from", () => {
    expect(describeOrigin(shipped, COPY_PAGE, null)).toBeNull();
  });

  it("names a copy of a dataset from the site by its file, and as a copy", () => {
    const words = describeOrigin(shipped, COPY_PAGE, {
      kind: "url",
      url: `${PAGE}/data/other%20events.json`,
      site: PAGE,
    });
    expect(words).toMatchObject({
      banner: "A saved copy of data from other events.json — not this site's own story",
      badge: "copy of other events.json",
      title: "a copy of data from other events.json",
      foreign: false,
    });
    expect(words?.detail).toContain(`${PAGE}/data/other%20events.json`);
  });

  it("names a copy of another site's data by its host, as not published here", () => {
    const words = describeOrigin(shipped, COPY_PAGE, {
      kind: "url",
      url: "https://example.org:8443/x.json",
      site: PAGE,
    });
    expect(words).toMatchObject({
      banner: "A saved copy of data from example.org:8443 — not published by this site",
      title: "a copy of data from example.org:8443, not this site's",
      foreign: true,
    });
    expect(words?.share).toBe(
      "This link shows a saved copy of data from example.org:8443, which this site did not publish.",
    );
    expect(words?.detail).toContain("https://example.org:8443/x.json");
  });

  it("names an old copy by the address its view kept: on the site that saved it if relative", () => {
    const relative = describeOrigin(shipped, COPY_PAGE, {
      kind: "url",
      url: "/data/other%20events.json",
      site: "",
    });
    expect(relative?.banner).toBe(
      "A saved copy of data from other events.json — not this site's own story",
    );
    expect(relative?.detail).toContain("/data/other%20events.json");
    const absolute = describeOrigin(shipped, COPY_PAGE, {
      kind: "url",
      url: "https://example.org/x.json",
      site: "",
    });
    expect(absolute?.banner).toBe(
      "A saved copy of data from example.org — not published by this site",
    );
    expect(absolute?.foreign).toBe(true);
  });

  it("names a copy of a local file and of a draft", () => {
    const file = describeOrigin(shipped, COPY_PAGE, { kind: "file", name: "mine.json" });
    expect(file?.banner).toBe("A saved copy of a local file — not this site's own story");
    expect(file?.title).toBe("a copy of the file mine.json");
    expect(file?.detail).toContain("mine.json");
    const pasted = describeOrigin(shipped, COPY_PAGE, {
      kind: "file",
      name: "pasted rows",
      pasted: true,
    });
    expect(pasted?.banner).toBe("A saved copy of pasted rows — not this site's own story");
    expect(pasted?.detail).not.toMatch(/file|computer/);
    const draft = describeOrigin(shipped, COPY_PAGE, { kind: "draft" });
    expect(draft?.banner).toBe("A saved copy of an edited draft — not this site's own story");
    expect(titleWithOrigin("Japan–Russia relations", draft)).toBe(
      "Japan–Russia relations (a copy of an edited draft)",
    );
  });

  it("still names a dataset the copy's reader opens by its own source", () => {
    const words = describeOrigin({ kind: "file", name: "b.json" }, COPY_PAGE, { kind: "draft" });
    expect(words?.banner).toBe("A file from your computer (not shared)");
  });

  it("words a copy in every language, with the language's own punctuation", async () => {
    const from = { kind: "url", url: "https://example.org/x.json", site: PAGE } as const;
    const expected = {
      ja: "example.org のデータの保存コピー — このサイトが公開したものではありません",
      ru: "Сохранённая копия данных с example.org — этот сайт их не публиковал",
      zh: "来自 example.org 的数据的保存副本 — 非本站发布",
    };
    try {
      for (const [lang, banner] of Object.entries(expected)) {
        await loadLanguage(lang as Language);
        await i18n.changeLanguage(lang);
        const words = describeOrigin(shipped, COPY_PAGE, from);
        expect(words?.banner).toBe(banner);
        // The banner is spliced into sentences ("Opened “…”. {banner}."): it ends without a stop.
        expect(words?.banner).not.toMatch(/[.。]$/);
        expect(titleWithOrigin("T", words)).toMatch(lang === "ru" ? /^T \(.+\)$/ : /^T（.+）$/);
      }
    } finally {
      await i18n.changeLanguage("en");
    }
  });
});

describe("titleWithOrigin", () => {
  it("adds the origin to another dataset's title, and nothing to the shipped one's", () => {
    const words = describeOrigin({ kind: "url", url: "https://example.org/x.json" }, PAGE);
    expect(titleWithOrigin("Japan–Russia relations", words)).toBe(
      "Japan–Russia relations (data from example.org, not this site's)",
    );
    expect(titleWithOrigin("Japan–Russia relations", null)).toBe("Japan–Russia relations");
  });
});
