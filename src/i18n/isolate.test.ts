import { describe, expect, it } from "vitest";
import { afterLabel, isolate } from "./isolate";

describe("isolate and afterLabel", () => {
  it("isolate wraps words in first-strong isolate and pop directional isolate", () => {
    expect(isolate("صحيفة")).toBe("\u2068صحيفة\u2069");
  });

  it("afterLabel leaves no space after a full-width colon, and one after a Latin one", () => {
    expect(afterLabel("Note:")).toBe(" ");
    expect(afterLabel("Примечание:")).toBe(" ");
    expect(afterLabel("注：")).toBe("");
    expect(afterLabel("当事者：")).toBe("");
  });
});
