import { useCallback, useEffect } from "react";
import { shownMap } from "../map/shownMap";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import { onIdle } from "../ui/onIdle";
import { notifyFailed } from "../ui/partFailed";
import { usePrinting } from "./usePrinting";

/**
 * The printable list (`PrintView`) is a chunk of its own: no reader needs it to read the story,
 * and it was 1.2 KB of the first load's gzip. It comes when the browser is idle two seconds after
 * the reader's first press, key or wheel (a reader who only scrolled the timeline printed a blank
 * sheet from the browser's menu), so it is here before they print from that menu; Ctrl+P or the
 * Save menu's Print before then waits for it.
 */
export const printView = lazyPart(
  "print",
  () => import("./PrintView"),
  (module) => module.PrintView,
);

/** Print once the list's code is here and the map has drawn (the Save menu's Print; Ctrl+P before the code came). */
export function printWhenReady(): void {
  printView.load().then(() => printView.module()?.printOnceSettled(), notifyFailed("print"));
}

/** The map as printing starts: as the list's code draws it for paper, or, before it came, as shown. */
function takeMapPicture(): string | null {
  try {
    const map = shownMap();
    return (
      map &&
      (printView.module()?.printMapPicture(map) ?? map.picture()?.toDataURL("image/png") ?? null)
    );
  } catch {
    return null;
  }
}

const isPrintKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "p";

/** How long after the reader's first press, key or wheel the list's code is fetched. */
const AFTER_FIRST_PRESS_MS = 2000;
const FIRST_INPUTS = ["pointerdown", "keydown", "wheel"] as const;

/** Fetch the list's code after the reader's first press, key or wheel; hold Ctrl+P until it is here. */
function useLoadBeforePrint(): void {
  useEffect(() => {
    let cancelPreload = () => {};
    const first = () => {
      for (const type of FIRST_INPUTS) window.removeEventListener(type, first, true);
      // Not with the press itself: fetched while the update prompt's Reload swapped the service
      // worker, the page never reloaded (e2e offline 'a new version waits…', 2 of 3 runs).
      cancelPreload = onIdle(printView.preload, { after: AFTER_FIRST_PRESS_MS, timeout: 1000 });
    };
    const onKey = (event: KeyboardEvent) => {
      if (printView.current() || !isPrintKey(event)) return;
      event.preventDefault();
      printWhenReady();
    };
    for (const type of FIRST_INPUTS)
      window.addEventListener(type, first, { capture: true, passive: true });
    window.addEventListener("keydown", onKey);
    return () => {
      for (const type of FIRST_INPUTS) window.removeEventListener(type, first, true);
      window.removeEventListener("keydown", onKey);
      cancelPreload();
    };
  }, []);
}

/**
 * What a printed page shows instead of the interface, only while printing: with its code here,
 * in the commit that `beforeprint` makes; a print that starts before (print media emulated, a
 * PDF export) shows it as soon as the code arrives.
 */
export function PrintSlot() {
  const snapshot = useCallback(takeMapPicture, []);
  const { printing, mapPicture } = usePrinting(snapshot);
  useLoadBeforePrint();
  const View = useLazyPart(printView, printing);
  return printing && View ? <View mapPicture={mapPicture} /> : null;
}
