import { describe, expect, it, vi } from "vitest";
import { describeRecoverable, reportRecoverable } from "./reportRecoverable";

describe("reportRecoverable", () => {
  it("names what threw under React's wrapper, and where", () => {
    const thrown = new Error("Update hook called on initial render");
    const wrapper = new Error("Minified React error #520", { cause: thrown });
    const text = describeRecoverable(wrapper, "\n    at EditorPanelSlot\n    at Suspense");
    expect(text).toContain("React recovered from an error: Error: Minified React error #520");
    expect(text).toContain("caused by: Error: Update hook called on initial render");
    expect(text).toContain(thrown.stack ?? "no stack");
    expect(text).toContain("in the components:\n    at EditorPanelSlot");
  });

  it("follows a cause's own cause, and takes what is not an Error", () => {
    const text = describeRecoverable(
      new Error("outer", { cause: new Error("middle", { cause: "a string" }) }),
    );
    expect(text.split("\n").filter((line) => line.startsWith("caused by:"))).toEqual([
      "caused by: Error: middle",
      "caused by: a string",
    ]);
    expect(describeRecoverable("thrown text")).toBe("React recovered from an error: thrown text");
  });

  it("logs it as an error, which the e2e tests' console check catches", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    reportRecoverable(new Error("wrapper", { cause: new Error("inner") }), {});
    expect(log).toHaveBeenCalledWith(expect.stringContaining("caused by: Error: inner"));
    log.mockRestore();
  });
});
