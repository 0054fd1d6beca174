import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { notADatasetBytes } from "../import/notADataset";
import { importFileWithProgress, importTextWithProgress, readResponse } from "./importStream";
import { fetchDatasetText } from "./loadDatasetHere";

const icon = readFileSync(new URL("../../public/icons/icon-192.png", import.meta.url));
const CHUNK = 64 * 1024;

/** A body of `chunks` pieces of 64 KB, the first `first`, counting how many were pulled. */
function body(first: Uint8Array, chunks: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled++;
      if (seen.pulled === 1) controller.enqueue(first);
      else if (seen.pulled <= chunks) controller.enqueue(new Uint8Array(CHUNK).fill(65));
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readResponse", () => {
  it("stops downloading a file whose first bytes are an image, and says what it is", async () => {
    const { stream, seen } = body(new Uint8Array(icon), 1000);
    const result = await readResponse(new Response(stream), () => {}, notADatasetBytes);
    expect("error" in result && formatIssue(result.error)).toBe(
      "This is a PNG image, not a dataset: the explorer opens text files in JSON, GeoJSON, CSV or TSV",
    );
    expect(seen.pulled).toBeLessThan(5);
    expect(seen.cancelled).toBe(true);
  });

  it("reads a dataset whose first chunks are small to the end", async () => {
    const text = `title,start\n${"Visit,2018-03-21\n".repeat(500)}`;
    const encoded = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < encoded.length; at += 100) {
          controller.enqueue(encoded.subarray(at, at + 100));
        }
        controller.close();
      },
    });
    expect(await readResponse(new Response(stream), () => {}, notADatasetBytes)).toEqual({
      text,
      unreadable: null,
    });
  });

  it("says the line of the first character that is not UTF-8, wherever the pieces were cut", async () => {
    // Windows-1252, as Excel's plain "CSV (Comma delimited)" writes it: é is the one byte 0xE9.
    const bytes = Uint8Array.from(`title,start\n${"Visit,2018\n".repeat(700)}Caf\xe9,2018\n`, (c) =>
      c.charCodeAt(0),
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 1000)
          controller.enqueue(bytes.subarray(at, at + 1000));
        controller.close();
      },
    });
    const read = await readResponse(new Response(stream), () => {}, notADatasetBytes);
    expect("unreadable" in read && read.unreadable).toEqual({
      path: "",
      code: "notUtf8",
      params: { line: 702 },
    });
    // A body read at once says the same.
    expect(await readResponse(new Response(bytes), () => {}, notADatasetBytes)).toEqual(read);
  });
});

describe("fetchDatasetText", () => {
  it("refuses a web page on its first bytes and an image on its Content-Type", async () => {
    const page = new Response("<!doctype html><html><head><title>Explorer</title>", {
      headers: { "content-type": "text/html" },
    });
    const image = new Response(new Uint8Array(icon), { headers: { "content-type": "image/png" } });
    vi.stubGlobal("fetch", vi.fn().mockResolvedValueOnce(page).mockResolvedValueOnce(image));
    const pageResult = await fetchDatasetText("https://example.org/");
    expect("error" in pageResult && pageResult.error.code).toBe("webPage");
    const imageResult = await fetchDatasetText("https://example.org/icon.png");
    expect("error" in imageResult && imageResult.error.params).toEqual({ kind: "png" });
  });
  it("says what a network error may mean, and that the reader is offline when the device says so", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    vi.stubGlobal("navigator", { onLine: true });
    const away = await fetchDatasetText("https://example.org/events.json");
    expect("error" in away && formatIssue(away.error)).toBe(
      "Could not reach https://example.org/events.json. The connection may be down, the server may not be answering, or it may not let other sites read the file (CORS). The browser said: Failed to fetch",
    );
    vi.stubGlobal("navigator", { onLine: false });
    const offline = await fetchDatasetText("https://example.org/events.json");
    expect("error" in offline && offline.error.code).toBe("offlineNotKept");
  });
});

describe("importFileWithProgress", () => {
  it("refuses a chosen image with a short message, no bytes of it quoted", async () => {
    const file = new File([icon], "icon-192.png", { type: "image/png" });
    const result = await importFileWithProgress(file, () => {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).toEqual([
      "This is a PNG image, not a dataset: the explorer opens text files in JSON, GeoJSON, CSV or TSV",
    ]);
  });
});

describe("importFileWithProgress, a CSV", () => {
  it("warns, naming the line, when its bytes are not UTF-8", async () => {
    const bytes = Uint8Array.from("title,start\nCaf\xe9 in M\xfcnchen,2018-03-21\n", (c) =>
      c.charCodeAt(0),
    );
    const result = await importFileWithProgress(new File([bytes], "cafe.csv"), () => {});
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      "Line 2 has a character that could not be read, shown as �: the file is not saved as UTF-8. Save it as UTF-8 (in Excel: File › Save As › CSV UTF-8) and open it again",
    ]);
  });

  it("keeps a letter whose bytes straddle a megabyte, where Papa Parse's file reading cut it in two", async () => {
    const header = "title,start,summary";
    const rows = [header];
    let length = header.length + 1;
    while (length < (1 << 20) - 200) {
      const row = `Visit ${rows.length},2018,${"x".repeat(60)}`;
      rows.push(row);
      length += row.length + 1;
    }
    // "é" is two bytes in UTF-8: its first is the megabyte's last.
    const start = "Last,2018,";
    rows.push(`${start}${"y".repeat((1 << 20) - 1 - length - start.length)}é`);
    const file = new File([`${rows.join("\n")}\n`], "big.csv");
    const result = await importFileWithProgress(file, () => {});
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.dataset.events.at(-1)?.summary.endsWith("yé")).toBe(true);
  }, 30_000);
});

describe("importTextWithProgress", () => {
  it("counts a CSV's rows without its header", async () => {
    const told: number[] = [];
    const text = `title,start\n${"Visit,2018-03-21\n".repeat(3)}`;
    await importTextWithProgress(text, "visits.csv", (progress) => told.push(progress.rows));
    expect(told.at(-1)).toBe(3);
    expect(Math.max(...told)).toBe(3);
  });
});
