// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNextTaskValue } from "./useNextTaskValue";

describe("useNextTaskValue", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the first value at once and a change one task later", () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useNextTaskValue(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: "a" } },
    );
    expect(result.current).toBe("a");
    rerender({ value: "b" });
    // The render of the change itself still shows the old value.
    expect(result.current).toBe("a");
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("b");
    expect(seen.at(-2)).toBe("a");
  });

  it("skips a value overtaken before its task ran", () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useNextTaskValue(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: "a" } },
    );
    rerender({ value: "b" });
    rerender({ value: "c" });
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("c");
    expect(seen).not.toContain("b");
  });

  it("keeps a function as a value, not as an updater", () => {
    const first = () => 1;
    const second = () => 2;
    const { result, rerender } = renderHook(({ value }) => useNextTaskValue(value), {
      initialProps: { value: first },
    });
    expect(result.current).toBe(first);
    rerender({ value: second });
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe(second);
  });
});
