/// <reference lib="webworker" />
/**
 * Downloads one URL for the dataset worker and hands each piece over, as it
 * arrives, on the port the page gave both (`startDownload.ts`,
 * `fetchThroughPort.ts`): a thread that does nothing else keeps the response
 * draining while the dataset worker checks the pieces before it.
 */
import type { DownloadMessage, StopDownload } from "./fetchThroughPort";

self.onmessage = async ({ data }: MessageEvent<{ url: string; port: MessagePort }>) => {
  const { url, port } = data;
  const post = (message: DownloadMessage, transfer: Transferable[] = []) =>
    port.postMessage(message, transfer);
  const cancel = new AbortController();
  port.onmessage = (_: MessageEvent<StopDownload>) => cancel.abort();
  try {
    const response = await fetch(url, { credentials: "same-origin", signal: cancel.signal });
    const { status, statusText } = response;
    post({ head: { status, statusText, headers: [...response.headers] } });
    if (!response.body) {
      const bytes = await response.arrayBuffer();
      post({ piece: bytes }, [bytes]);
    } else {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const piece = value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
        post({ piece }, [piece]);
      }
    }
    post({ done: true });
  } catch (error) {
    if (!cancel.signal.aborted)
      post({ failed: error instanceof Error ? error.message : String(error) });
  }
};
