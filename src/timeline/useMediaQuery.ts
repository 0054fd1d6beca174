import { useSyncExternalStore } from "react";

interface Watched {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

const watched = new Map<string, Watched>();

/** One MediaQueryList and stable callbacks per query, so re-renders never resubscribe. */
function watch(query: string): Watched {
  let entry = watched.get(query);
  if (!entry) {
    const list = typeof matchMedia === "undefined" ? null : matchMedia(query);
    entry = {
      subscribe: (onChange) => {
        list?.addEventListener("change", onChange);
        return () => list?.removeEventListener("change", onChange);
      },
      matches: () => list?.matches ?? false,
    };
    watched.set(query, entry);
  }
  return entry;
}

const never = () => false;

/** Whether a media query matches, following its changes. */
export function useMediaQuery(query: string): boolean {
  const { subscribe, matches } = watch(query);
  return useSyncExternalStore(subscribe, matches, never);
}

export const useReducedMotion = () => useMediaQuery("(prefers-reduced-motion: reduce)");
export const useCoarsePointer = () => useMediaQuery("(pointer: coarse)");
export const useDarkScheme = () => useMediaQuery("(prefers-color-scheme: dark)");
