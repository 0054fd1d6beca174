import { afterEach, describe, expect, it, vi } from "vitest";
import { type DownloadMessage, offThreadFetch } from "./offThreadFetch";

/** A download worker that answers with `messages`, and notes whether it was stopped. */
function fakeWorker(messages: DownloadMessage[]) {
  const made: { url?: string; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: { data: DownloadMessage }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
    private readonly record = { terminated: false } as { url?: string; terminated: boolean };
    constructor() {
      made.push(this.record);
    }
    postMessage(url: string) {
      this.record.url = url;
      // Each message in a task of its own, as a worker's arrive.
      messages.forEach((data, i) => {
        setTimeout(() => this.onmessage?.({ data }), i);
      });
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  return made;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("offThreadFetch", () => {
  it("gives the download worker's status, headers and pieces as one Response", async () => {
    const made = fakeWorker([
      { head: { status: 200, statusText: "OK", headers: [["content-type", "application/json"]] } },
      { piece: bytes('{"a":') },
      { piece: bytes("[1,2]}") },
      { done: true },
    ]);
    const response = await offThreadFetch("https://example.org/data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ a: [1, 2] });
    expect(made).toEqual([{ url: "https://example.org/data.json", terminated: true }]);
  });

  it("fails as fetch does: before the head, the promise; after it, the body", async () => {
    fakeWorker([{ failed: "Failed to fetch" }]);
    await expect(offThreadFetch("/a.json")).rejects.toThrow(new TypeError("Failed to fetch"));
    fakeWorker([
      { head: { status: 200, statusText: "OK", headers: [] } },
      { piece: bytes("{") },
      { failed: "network error" },
    ]);
    const response = await offThreadFetch("/a.json");
    await expect(response.text()).rejects.toThrow("network error");
  });

  it("keeps an error status, and gives no body where the status has none", async () => {
    fakeWorker([
      { head: { status: 404, statusText: "Not Found", headers: [] } },
      { piece: bytes("missing") },
      { done: true },
    ]);
    const missing = await offThreadFetch("/a.json");
    expect([missing.ok, missing.status, missing.statusText]).toEqual([false, 404, "Not Found"]);
    expect(await missing.text()).toBe("missing");
    fakeWorker([{ head: { status: 204, statusText: "No Content", headers: [] } }, { done: true }]);
    expect((await offThreadFetch("/a.json")).body).toBeNull();
  });

  it("fetches here when the download worker fails before its head", async () => {
    const made: { terminated: boolean }[] = [];
    class BrokenWorker {
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      private readonly record = { terminated: false };
      constructor() {
        made.push(this.record);
      }
      postMessage() {
        setTimeout(() => this.onerror?.({ message: "blocked", preventDefault() {} }), 0);
      }
      terminate() {
        this.record.terminated = true;
      }
    }
    vi.stubGlobal("Worker", BrokenWorker);
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return new Response("here");
    });
    const response = await offThreadFetch("/a.json");
    expect(await response.text()).toBe("here");
    expect(fetched).toEqual(["/a.json"]);
    expect(made).toEqual([{ terminated: true }]);
  });

  it("stops the download worker when the body is cancelled", async () => {
    const made = fakeWorker([
      { head: { status: 200, statusText: "OK", headers: [] } },
      { piece: bytes("<html>") },
    ]);
    const response = await offThreadFetch("/a.json");
    await response.body?.cancel();
    expect(made[0]?.terminated).toBe(true);
  });
});
