import { afterEach, describe, expect, it, vi } from "vitest";
import { startDownload } from "./earlyDownload";
import { loadDatasetHere } from "./loadDatasetHere";

const URL_REQUEST = { kind: "url", url: "https://example.org/events.json" } as const;
const DATASET = {
  meta: { title: "Two meetings" },
  places: [],
  events: [{ id: "a", title: "A meeting", start: "2018-03-01" }],
};

describe("startDownload", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("fetches a URL as the reading code would, and nothing else", () => {
    const fetch = vi.fn().mockResolvedValue(new Response("{}"));
    vi.stubGlobal("fetch", fetch);
    expect(startDownload({ kind: "text", text: "{}" })).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    expect(startDownload(URL_REQUEST)).toBeInstanceOf(Promise);
    expect(fetch.mock.calls).toEqual([[URL_REQUEST.url, { credentials: "same-origin" }]]);
  });

  it("is read by loadDatasetHere instead of a fetch of its own", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        new Response(JSON.stringify(DATASET), { headers: { "content-type": "application/json" } }),
      )
      .mockRejectedValue(new TypeError("fetched twice"));
    vi.stubGlobal("fetch", fetch);
    const download = startDownload(URL_REQUEST);
    const result = await loadDatasetHere(URL_REQUEST, undefined, undefined, download);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result.ok && result.dataset.events.map((event) => event.title)).toEqual(["A meeting"]);
  });

  it("leaves a failed fetch to the reading code to word, not unhandled meanwhile", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    const download = startDownload(URL_REQUEST);
    // As while the reading code loads.
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    const result = await loadDatasetHere(URL_REQUEST, undefined, undefined, download);
    expect(!result.ok && result.errors.map((issue) => issue.code)).toEqual(["unreachable"]);
  });
});
