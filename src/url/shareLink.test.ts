import { describe, expect, it } from "vitest";
import type { DatasetSource } from "../store/datasetSlice";
import { shareLink } from "./shareLink";

const ORIGIN = "https://news.example";

describe("shareLink", () => {
  it("gives the shipped story's event its share page, whose preview is the story's", () => {
    expect(shareLink("nagato-summit", { kind: "default" }, "/kurils/", ORIGIN)).toBe(
      "https://news.example/kurils/share/nagato-summit.html",
    );
  });

  it("never gives another dataset a share page: the app link, carrying where the data is", () => {
    const others: DatasetSource[] = [
      { kind: "url", url: "/other.json" },
      { kind: "url", url: "https://elsewhere.example/forged.json" },
      // Even at the shipped file's own path: a `?data=` link is not the site's story page.
      { kind: "url", url: "/data/japan-russia-2018.json" },
    ];
    for (const source of others) {
      const link = shareLink("nagato-summit", source, "/kurils/", ORIGIN);
      expect(link).not.toContain("/share/");
      const url = new URL(link);
      expect(url.pathname).toBe("/kurils/");
      expect(url.searchParams.get("data")).toBe(source.kind === "url" ? source.url : null);
      expect(url.searchParams.get("event")).toBe("nagato-summit");
    }
  });

  it("gives a local file or a draft no share page either", () => {
    for (const source of [{ kind: "file", name: "mine.json" }, { kind: "draft" }] as const) {
      expect(shareLink("nagato-summit", source, "/", ORIGIN)).not.toContain("/share/");
    }
  });
});
