/// <reference lib="webworker" />
import { fileIssue } from "../data/issues";
import { packAnswer } from "./datasetAnswer";
import type { FetchedMessage, ProgressMessage } from "./importProgress";
import { type DatasetRequest, loadDatasetHere } from "./loadDatasetHere";
import { takeTextParts } from "./textParts";
import { throttleProgress } from "./throttleProgress";

self.onmessage = async (message: MessageEvent<DatasetRequest>) => {
  try {
    const onProgress = throttleProgress((progress) =>
      self.postMessage({ progress } satisfies ProgressMessage),
    );
    const result = await loadDatasetHere(message.data, onProgress, () =>
      self.postMessage({
        fetchedAt: performance.timeOrigin + performance.now(),
      } satisfies FetchedMessage),
    );
    if (result.ok) onProgress({ phase: "indexing", bytes: 0, rows: 0 });
    const { answer, transfer } = packAnswer(result);
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
