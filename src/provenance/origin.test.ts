import { describe, expect, it } from "vitest";
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
    expect(describeOrigin({ kind: "draft" }, PAGE)?.banner).toBe("Your draft (unsaved changes)");
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
