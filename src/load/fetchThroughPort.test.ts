import { afterEach, describe, expect, it } from "vitest";
import { type DownloadMessage, fetchThroughPort, type StopDownload } from "./fetchThroughPort";

const open: MessagePort[] = [];

/** A download worker's end of the port: sends `messages`, each in a task of its own, and notes a stop. */
function downloader(messages: DownloadMessage[]) {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const heard: StopDownload[] = [];
  port1.onmessage = ({ data }: MessageEvent<StopDownload>) => heard.push(data);
  messages.forEach((message, i) => {
    setTimeout(() => port1.postMessage(message), i);
  });
  return { port: port2, heard };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

describe("fetchThroughPort", () => {
  it("gives the download worker's status, headers and pieces as one Response", async () => {
    const { port } = downloader([
      { head: { status: 200, statusText: "OK", headers: [["content-type", "application/json"]] } },
      { piece: bytes('{"a":') },
      { piece: bytes("[1,2]}") },
      { done: true },
    ]);
    const response = await fetchThroughPort(port);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ a: [1, 2] });
  });

  it("fails as fetch does: before the head, the promise; after it, the body", async () => {
    await expect(
      fetchThroughPort(downloader([{ failed: "Failed to fetch" }]).port),
    ).rejects.toThrow(new TypeError("Failed to fetch"));
    const { port } = downloader([
      { head: { status: 200, statusText: "OK", headers: [] } },
      { piece: bytes("{") },
      { failed: "network error" },
    ]);
    const response = await fetchThroughPort(port);
    await expect(response.text()).rejects.toThrow("network error");
  });

  it("keeps an error status, and gives no body where the status has none", async () => {
    const missing = await fetchThroughPort(
      downloader([
        { head: { status: 404, statusText: "Not Found", headers: [] } },
        { piece: bytes("missing") },
        { done: true },
      ]).port,
    );
    expect([missing.ok, missing.status, missing.statusText]).toEqual([false, 404, "Not Found"]);
    expect(await missing.text()).toBe("missing");
    const empty = downloader([
      { head: { status: 204, statusText: "No Content", headers: [] } },
      { done: true },
    ]);
    expect((await fetchThroughPort(empty.port)).body).toBeNull();
  });

  it("tells the download worker to stop when the body is cancelled", async () => {
    const { port, heard } = downloader([
      { head: { status: 200, statusText: "OK", headers: [] } },
      { piece: bytes("<html>") },
    ]);
    const response = await fetchThroughPort(port);
    await response.body?.cancel();
    await expect.poll(() => heard).toEqual([{ stop: true }]);
  });
});
