/// <reference lib="webworker" />
import { fileIssue } from "../data/issues";
import type { FetchedMessage, ProgressMessage } from "./importProgress";
import { type DatasetRequest, loadAndPackHere } from "./loadDatasetHere";
import { takeTextParts } from "./textParts";
import { throttleProgress } from "./throttleProgress";

self.onmessage = async (message: MessageEvent<DatasetRequest>) => {
  try {
    const onProgress = throttleProgress((progress) =>
      self.postMessage({ progress } satisfies ProgressMessage),
    );
    const { answer, transfer } = await loadAndPackHere(message.data, onProgress, () =>
      self.postMessage({
        fetchedAt: performance.timeOrigin + performance.now(),
      } satisfies FetchedMessage),
    );
    if (answer.ok) for (const part of takeTextParts(answer.events)) self.postMessage(part);
    self.postMessage(answer, transfer);
  } catch (error) {
    // A rejection here would never reach the page's onerror: answer with it instead.
    const reason = error instanceof Error ? error.message : String(error);
    self.postMessage({
      ok: false,
      errors: [fileIssue("couldNotLoad", { reason: { kind: "code", text: reason, lang: "en" } })],
    });
  }
};
