// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { appStore } from "../store/appStore";
import { worded } from "../test/notices";
import { useOnDemand } from "./useOnDemand";

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe("useOnDemand", () => {
  it("shows the part once loaded, and hides it on close", async () => {
    const { result } = renderHook(() => useOnDemand(async () => "dialog", "test-part"));
    expect(result.current[0]).toBeNull();
    await act(async () => result.current[1]());
    expect(result.current[0]).toBe("dialog");
    act(() => result.current[2]());
    expect(result.current[0]).toBeNull();
  });

  it("keeps a part closed before its load ended from showing", async () => {
    const load = deferred<string>();
    const { result } = renderHook(() => useOnDemand(() => load.promise, "test-part"));
    act(() => result.current[1]());
    act(() => result.current[2]());
    await act(async () => load.resolve("dialog"));
    expect(result.current[0]).toBeNull();
  });

  it("says a failed load in a notice and shows nothing", async () => {
    const load = deferred<string>();
    const { result } = renderHook(() => useOnDemand(() => load.promise, "test-part"));
    act(() => result.current[1]());
    await act(async () => load.reject(new Error("could not be loaded")));
    expect(result.current[0]).toBeNull();
    const notice = appStore.getState().notices.find(({ id }) => id === "test-part");
    expect(notice && worded(notice).text).toBe("could not be loaded");
  });
});
