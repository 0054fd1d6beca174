import { useRef, useState } from "react";
import { notifyFailed } from "./partFailed";

/**
 * A part loaded on a press (a dialog's component, from `onDemand`): `open` loads it and shows
 * it, or says its failure in the notice `noticeId`; `close` hides it, and keeps a load still on
 * its way from showing it (the latest press or close wins).
 */
export function useOnDemand<T>(
  load: () => Promise<T>,
  noticeId: string,
): [shown: T | null, open: () => void, close: () => void] {
  const [shown, setShown] = useState<T | null>(null);
  const asked = useRef(0);
  const open = () => {
    const ask = ++asked.current;
    load().then((part) => {
      if (ask === asked.current) setShown(() => part);
    }, notifyFailed(noticeId));
  };
  const close = () => {
    asked.current++;
    setShown(null);
  };
  return [shown, open, close];
}
