// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNextTaskValue } from "./useNextTaskValue";

const always = () => true;
/** Values from "m" on wait; earlier letters show at once. */
const fromM = (value: string) => value >= "m";

function track(wait: (value: string) => boolean, initial: string) {
  const seen: string[] = [];
  const hook = renderHook(
    ({ value }) => {
      const shown = useNextTaskValue(value, wait);
      seen.push(shown);
      return shown;
    },
    { initialProps: { value: initial } },
  );
  return { ...hook, seen };
}

describe("useNextTaskValue", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the first value at once and a change in a later task", () => {
    const { result, rerender, seen } = track(always, "a");
    expect(result.current).toBe("a");
    rerender({ value: "b" });
    // The render of the change itself still shows the old value.
    expect(result.current).toBe("a");
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("b");
    expect(seen.at(-2)).toBe("a");
  });

  it("skips a value overtaken before its task ran", () => {
    const { result, rerender, seen } = track(always, "a");
    rerender({ value: "b" });
    rerender({ value: "c" });
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("c");
    expect(seen).not.toContain("b");
  });

  it("shows a value that need not wait in the render of the change", () => {
    const { result, rerender } = track(fromM, "a");
    rerender({ value: "b" });
    expect(result.current).toBe("b");
    rerender({ value: "x" });
    expect(result.current).toBe("b");
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("x");
    // Back to a small value: at once, and no pending task brings back the large one.
    rerender({ value: "c" });
    expect(result.current).toBe("c");
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("c");
  });

  it("prepares a value in a task of its own, before the task that renders it", () => {
    const steps: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) =>
        useNextTaskValue(value, always, (next) => {
          steps.push(`prepare ${next}`);
          return undefined;
        }),
      { initialProps: { value: "a" } },
    );
    rerender({ value: "b" });
    expect(steps).toEqual([]);
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(steps).toEqual(["prepare b"]);
    expect(result.current).toBe("a");
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("b");
    expect(steps).toEqual(["prepare b"]);
  });

  it("shows the placeholder for a first value that waits, then prepares and shows it", () => {
    const steps: string[] = [];
    const { result } = renderHook(
      ({ value }) =>
        useNextTaskValue(
          value,
          fromM,
          (next) => {
            steps.push(`prepare ${next}`);
            return undefined;
          },
          "-",
        ),
      { initialProps: { value: "x" } },
    );
    expect(result.current).toBe("-");
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(steps).toEqual(["prepare x"]);
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("x");
  });

  it("with a placeholder, shows any first value in a later task, and later small values at once", () => {
    const { result, rerender } = renderHook(
      ({ value }) => useNextTaskValue(value, fromM, undefined, "-"),
      { initialProps: { value: "a" } },
    );
    // "a" need not wait, but it is the first value: the mount's render shows the placeholder.
    expect(result.current).toBe("-");
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe("a");
    // Later small values (an edit's) still show in the render of the change.
    rerender({ value: "b" });
    expect(result.current).toBe("b");
    // Without a placeholder, a first value that need not wait shows at once.
    const bare = renderHook(() => useNextTaskValue("a", fromM));
    expect(bare.result.current).toBe("a");
  });

  it("runs a preparation given as steps one step per task, then shows the value", () => {
    const steps: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) =>
        useNextTaskValue(value, always, function* (next) {
          steps.push(`lanes ${next}`);
          yield;
          steps.push(`index ${next}`);
          yield;
          steps.push(`kinds ${next}`);
        }),
      { initialProps: { value: "a" } },
    );
    rerender({ value: "b" });
    const perTask: string[][] = [];
    for (let task = 0; task < 4; task++) {
      const before = steps.length;
      act(() => {
        vi.runOnlyPendingTimers();
      });
      perTask.push(steps.slice(before));
      if (task < 3) expect(result.current).toBe("a");
    }
    expect(perTask).toEqual([["lanes b"], ["index b"], ["kinds b"], []]);
    expect(result.current).toBe("b");
  });

  it("drops the rest of the steps of a value overtaken while they ran", () => {
    const steps: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) =>
        useNextTaskValue(value, always, function* (next) {
          steps.push(`first ${next}`);
          yield;
          steps.push(`second ${next}`);
        }),
      { initialProps: { value: "a" } },
    );
    rerender({ value: "b" });
    act(() => {
      vi.runOnlyPendingTimers();
    });
    rerender({ value: "c" });
    act(() => {
      vi.runAllTimers();
    });
    expect(steps).toEqual(["first b", "first c", "second c"]);
    expect(result.current).toBe("c");
  });

  it("keeps a function as a value, not as an updater", () => {
    const first = () => 1;
    const second = () => 2;
    const { result, rerender } = renderHook(({ value }) => useNextTaskValue(value, always), {
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
