// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { startStory, togglePlay } from "./storyActions";
import { selectStorySequence } from "./storyOrder";
import { useStoryPageKeys, useStoryPlayer } from "./useStoryPlayer";

let store: AppStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const step = () => {
  const state = store.getState();
  const position = state.index?.byId.get(state.selectedEventId ?? "")?.order ?? -1;
  return selectStorySequence(state).indexOf(position);
};

describe("useStoryPlayer", () => {
  it("advances one step per period while playing, and stops at the end", () => {
    renderHook(() => useStoryPlayer(store));
    act(() => {
      store.getState().setStorySpeed(2);
      startStory(store, "time");
      togglePlay(store);
    });
    expect(step()).toBe(0);
    act(() => vi.advanceTimersByTime(1_999));
    expect(step()).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(step()).toBe(1);
    const last = selectStorySequence(store.getState()).length - 1;
    for (let i = 2; i <= last; i++) act(() => vi.advanceTimersByTime(2_000));
    expect(step()).toBe(last);
    expect(store.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(2_000));
    expect(store.getState().playing).toBe(false);
    expect(step()).toBe(last);
  });

  it("restarts the wait after a manual step, and does nothing while paused", () => {
    renderHook(() => useStoryPlayer(store));
    act(() => {
      store.getState().setStorySpeed(4);
      startStory(store, "time");
    });
    act(() => vi.advanceTimersByTime(20_000));
    expect(step()).toBe(0);
    act(() => togglePlay(store));
    act(() => vi.advanceTimersByTime(3_000));
    act(() => store.getState().selectEvent(store.getState().index?.events[2]?.id ?? null));
    act(() => vi.advanceTimersByTime(3_000));
    expect(step()).toBe(2);
    act(() => vi.advanceTimersByTime(1_000));
    expect(step()).toBe(3);
  });

  it("pauses when a place is selected", () => {
    renderHook(() => useStoryPlayer(store));
    act(() => {
      startStory(store, "time");
      togglePlay(store);
    });
    act(() => store.getState().selectPlace("tokyo"));
    expect(store.getState().playing).toBe(false);
  });
});

describe("useStoryPageKeys", () => {
  const press = (key: string, target: EventTarget = document.body) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    });

  it("steps and plays from the page only while story mode is on", () => {
    renderHook(() => useStoryPageKeys(store));
    press("ArrowRight");
    expect(store.getState().selectedEventId).toBeNull();
    act(() => startStory(store, "time"));
    press("ArrowRight");
    expect(step()).toBe(1);
    press("ArrowLeft");
    expect(step()).toBe(0);
    press(" ");
    expect(store.getState().playing).toBe(true);
    press(" ");
    expect(store.getState().playing).toBe(false);
  });

  it("leaves keys alone when something has focus", () => {
    renderHook(() => useStoryPageKeys(store));
    act(() => startStory(store, "time"));
    const input = document.createElement("input");
    document.body.append(input);
    input.focus();
    press("ArrowRight", input);
    press(" ", input);
    expect(step()).toBe(0);
    expect(store.getState().playing).toBe(false);
    input.remove();
  });
});
