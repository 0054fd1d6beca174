/**
 * `fetch` for the dataset worker, its body read on a thread of its own
 * (`downloadWorker.ts`, started by the page: `startDownload.ts`). The dataset
 * worker checks a dataset while it arrives (`streamedDataset.ts`), and a
 * thread busy checking drains a response no further: measured in a worker,
 * 50 MB downloaded in 506 ms, and in 918 ms with 20 ms of work after each
 * megabyte. Here the pieces queue up as messages on a port instead, however
 * long the checking takes, and the Response this gives reads them in order.
 */

export type DownloadMessage =
  | { head: { status: number; statusText: string; headers: [string, string][] } }
  | { piece: ArrayBuffer }
  | { done: true }
  | { failed: string };

/** What the reading side sends back: the body was cancelled, so the download may stop. */
export interface StopDownload {
  stop: true;
}

/** The Response whose head and body come over `port` from a download worker. */
export function fetchThroughPort(port: MessagePort): Promise<Response> {
  return new Promise((resolve, reject) => {
    let body: ReadableStreamDefaultController<Uint8Array> | null = null;
    let stopped = false;
    const stop = (tell: boolean) => {
      stopped = true;
      if (tell) port.postMessage({ stop: true } satisfies StopDownload);
      port.close();
    };
    port.onmessage = ({ data }: MessageEvent<DownloadMessage>) => {
      // A piece already on its way once the body was cancelled has nowhere to go.
      if (stopped) return;
      if ("head" in data) {
        const { status, statusText, headers } = data.head;
        const stream = new ReadableStream<Uint8Array>({
          start: (controller) => {
            body = controller;
          },
          cancel: () => stop(true),
        });
        // A status without a body (204, 304) may not have one here either.
        const empty = status === 204 || status === 205 || status === 304;
        try {
          resolve(new Response(empty ? null : stream, { status, statusText, headers }));
        } catch (error) {
          stop(true);
          reject(error);
        }
      } else if ("piece" in data) body?.enqueue(new Uint8Array(data.piece));
      else if ("done" in data) {
        body?.close();
        stop(false);
      } else {
        stop(false);
        // As `fetch` fails: before the head, the promise; after it, the body.
        const error = new TypeError(data.failed);
        if (body) body.error(error);
        else reject(error);
      }
    };
  });
}
