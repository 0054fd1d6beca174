import { describe, expect, it } from "vitest";
import type { ImportProgress } from "./importProgress";
import { throttleProgress } from "./throttleProgress";

const download = (bytes: number): ImportProgress => ({ phase: "downloading", bytes, rows: 0 });

describe("throttleProgress", () => {
  it("passes one message per interval within a phase", () => {
    let clock = 0;
    const sent: number[] = [];
    const onProgress = throttleProgress(
      (p) => sent.push(p.bytes),
      100,
      () => clock,
    );
    for (let bytes = 1; bytes <= 30; bytes++) {
      onProgress(download(bytes));
      clock += 10;
    }
    expect(sent).toEqual([1, 11, 21]);
  });

  it("always passes the first message of a new phase", () => {
    let clock = 0;
    const sent: string[] = [];
    const onProgress = throttleProgress(
      (p) => sent.push(p.phase),
      100,
      () => clock,
    );
    onProgress(download(1));
    clock += 5;
    onProgress({ phase: "checking", bytes: 1, rows: 0 });
    clock += 5;
    onProgress({ phase: "indexing", bytes: 0, rows: 0 });
    onProgress({ phase: "indexing", bytes: 0, rows: 0 });
    expect(sent).toEqual(["downloading", "checking", "indexing"]);
  });
});
