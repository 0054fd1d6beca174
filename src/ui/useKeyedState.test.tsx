// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useKeyedState } from "./useKeyedState";

describe("useKeyedState", () => {
  it("keeps what was set while the key stays, and starts again when it changes", () => {
    const { result, rerender } = renderHook(({ key }) => useKeyedState(key, "idle"), {
      initialProps: { key: "a" },
    });
    expect(result.current[0]).toBe("idle");
    act(() => result.current[1]("copied"));
    expect(result.current[0]).toBe("copied");
    rerender({ key: "a" });
    expect(result.current[0]).toBe("copied");
    rerender({ key: "b" });
    expect(result.current[0]).toBe("idle");
    act(() => result.current[1]("manual"));
    expect(result.current[0]).toBe("manual");
  });

  it("treats null and a text as different keys", () => {
    const { result, rerender } = renderHook(({ key }) => useKeyedState<boolean>(key, false), {
      initialProps: { key: null as string | null },
    });
    act(() => result.current[1](true));
    rerender({ key: "Loaded from example.org" });
    expect(result.current[0]).toBe(false);
  });
});
