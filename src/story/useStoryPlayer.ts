import { useEffect } from "react";
import { useStore } from "zustand";
import { type AppStore, appStore } from "../store/appStore";
import { followStory, playTick, stepStory, togglePlay } from "./storyActions";

/**
 * Autoplay: while playing, the next step comes `storySpeed` seconds after
 * the current one was selected (a manual step restarts the wait), and play
 * stops at the end. It pauses when the reader selects a place, clears the
 * selection or selects an event outside the story; selecting another event
 * of the story moves the story there and play goes on. Nothing starts
 * playing by itself: only the Play button (or Space) does, so under
 * `prefers-reduced-motion` nothing moves unasked.
 */
export function useStoryPlayer(store: AppStore = appStore): void {
  const playing = useStore(store, (state) => state.playing && state.story !== null);
  const speed = useStore(store, (state) => state.storySpeed);
  const selected = useStore(store, (state) => state.selectedEventId);

  useEffect(() => followStory(store), [store]);

  useEffect(() => {
    if (!playing) return;
    // `selected` is a dependency so that every new step waits a full period.
    void selected;
    const timer = setTimeout(() => playTick(store), speed * 1000);
    return () => clearTimeout(timer);
  }, [playing, speed, selected, store]);
}

/**
 * Keys the story answers to: Space plays or pauses, the arrows step. Not those the focused control
 * keeps: radios and the speed list their arrows and Space, a button Space, its own key (on Next
 * step or the pressed Story mode it played or paused instead: review 25).
 */
export function storyKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target?: EventTarget | null;
}): "play" | "previous" | "next" | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest("input, select")) return null;
  if (event.key === " " || event.key === "Spacebar")
    return target?.closest("button") ? null : "play";
  if (event.key === "ArrowLeft") return "previous";
  if (event.key === "ArrowRight") return "next";
  return null;
}

export function runStoryKey(store: AppStore, action: "play" | "previous" | "next"): void {
  if (action === "play") togglePlay(store);
  else stepStory(store, action === "next" ? 1 : -1);
}

/**
 * While story mode is on, Space and the arrows work from the page itself
 * (focus on the body), never from a text field, the timeline or the map,
 * which have their own keys.
 */
export function useStoryPageKeys(store: AppStore = appStore): void {
  const on = useStore(store, (state) => state.story !== null);
  useEffect(() => {
    if (!on) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const focus = document.activeElement;
      if (focus && focus !== document.body && focus !== document.documentElement) return;
      const action = storyKey(event);
      if (!action) return;
      event.preventDefault();
      runStoryKey(store, action);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [on, store]);
}
