// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import type { ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { appStore } from "../store/appStore";
import { worded } from "../test/notices";
import { lazyPart, useLazyPart } from "./lazyPart";

const Panel: ComponentType<{ close: () => void }> = () => null;

/** A chunk that arrives (or fails) when the test says. */
function chunk() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<{ Panel: typeof Panel; extra: string }>((resolve, reject) =>
      calls.push({ resolve: () => resolve({ Panel, extra: "actions" }), reject }),
    );
  return { load, calls };
}

describe("lazyPart", () => {
  it("loads nothing until wanted, then the component, and keeps the module beside it", async () => {
    const { load, calls } = chunk();
    const part = lazyPart("save", load, (module) => module.Panel);
    const { result, rerender } = renderHook(({ wanted }) => useLazyPart(part, wanted), {
      initialProps: { wanted: false },
    });
    expect(calls).toHaveLength(0);
    expect(result.current).toBeNull();

    rerender({ wanted: true });
    expect(calls).toHaveLength(1);
    expect(result.current).toBeNull();
    await act(async () => calls[0]?.resolve());
    expect(result.current).toBe(Panel);
    expect(part.current()).toBe(Panel);
    expect(part.module()?.extra).toBe("actions");
  });

  it("renders at once, with no wait, once the code is here (a print's own commit needs it)", async () => {
    const { load, calls } = chunk();
    const part = lazyPart("print", load, (module) => module.Panel);
    part.preload();
    await act(async () => calls[0]?.resolve());
    const { result } = renderHook(() => useLazyPart(part, true));
    expect(result.current).toBe(Panel);
    expect(calls).toHaveLength(1);
  });

  it("says a failed load in the part's notice, and asking again tries again", async () => {
    const { load, calls } = chunk();
    const part = lazyPart("download", load, (module) => module.Panel);
    const { result, rerender } = renderHook(({ wanted }) => useLazyPart(part, wanted), {
      initialProps: { wanted: true },
    });
    await act(async () => calls[0]?.reject(new TypeError("Failed to fetch")));
    expect(result.current).toBeNull();
    const notice = appStore.getState().notices.find(({ id }) => id === "download");
    expect(notice && worded(notice).text).toMatch(
      /^The Download menu could not be loaded \(Failed to fetch\)/,
    );

    rerender({ wanted: false });
    rerender({ wanted: true });
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve());
    expect(result.current).toBe(Panel);
  });
});
