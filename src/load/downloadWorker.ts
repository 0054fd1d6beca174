/// <reference lib="webworker" />
/**
 * Downloads one URL for the dataset worker and hands each piece over as it
 * arrives (`offThreadFetch.ts`): a thread that does nothing else keeps the
 * response draining while the dataset worker checks the pieces before it.
 */
import type { DownloadMessage } from "./offThreadFetch";

const post = (message: DownloadMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.onmessage = async ({ data: url }: MessageEvent<string>) => {
  try {
    const response = await fetch(url, { credentials: "same-origin" });
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
    post({ failed: error instanceof Error ? error.message : String(error) });
  }
};
