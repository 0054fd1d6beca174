// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fileNameOf, saveBlob, saveText } from "./download";

/** What the page asked the browser to save, seen when the link is clicked. */
interface Click {
  href: string;
  download: string;
  rel: string;
  onPage: boolean;
}

let clicks: Click[];
let blobs: Blob[];
let revoked: string[];

beforeEach(() => {
  clicks = [];
  blobs = [];
  revoked = [];
  vi.useFakeTimers();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation((url) => {
    revoked.push(url);
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicks.push({
      href: this.href,
      download: this.download,
      rel: this.rel,
      onPage: this.isConnected,
    });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("saveBlob", () => {
  it("clicks a download link for the blob, then takes the link away", () => {
    const blob = new Blob(["{}"], { type: "application/json" });
    saveBlob(blob, "events.json");
    expect(blobs).toEqual([blob]);
    expect(clicks).toEqual([
      { href: "blob:test/1", download: "events.json", rel: "noopener", onPage: true },
    ]);
    expect(document.querySelector("a")).toBeNull();
  });

  it("frees the blob's address only after a minute", () => {
    saveBlob(new Blob(["x"]), "x.txt");
    vi.advanceTimersByTime(59_000);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(revoked).toEqual(["blob:test/1"]);
  });
});

describe("saveText", () => {
  it("saves text as UTF-8 of the given type", async () => {
    saveText("id,title\ne-1,Саммит", "events.csv", "text/csv");
    expect(clicks.map((click) => click.download)).toEqual(["events.csv"]);
    const [blob] = blobs;
    expect(blob?.type).toBe("text/csv;charset=utf-8");
    expect(blob?.size).toBe(new TextEncoder().encode("id,title\ne-1,Саммит").length);
  });
});

describe("fileNameOf", () => {
  it("makes a file name from a title", () => {
    expect(fileNameOf("Japan–Russia relations, 2018", "json")).toBe(
      "japan-russia-relations-2018.json",
    );
    expect(fileNameOf("Café Crème", "csv")).toBe("cafe-creme.csv");
  });

  it("keeps it short, with no dash left at the cut", () => {
    const name = fileNameOf(`${"a".repeat(59)} tail`, "html");
    expect(name).toBe(`${"a".repeat(59)}.html`);
  });

  it("falls back when nothing of the title can be written", () => {
    expect(fileNameOf("択捉島", "json")).toBe("dataset.json");
    expect(fileNameOf("", "png", "map")).toBe("map.png");
  });
});
