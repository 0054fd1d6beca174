import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

export interface PrintState {
  printing: boolean;
  /** The map as a PNG data URL, taken as printing starts; null without a map. */
  mapPicture: string | null;
}

/**
 * Whether the page is being printed (or shown as print media): `beforeprint`
 * and the `print` media query both say so. The change is committed at once,
 * so the print-only content is there before the browser lays out the pages;
 * `snapshot` takes the map's picture at that moment.
 */
export function usePrinting(snapshot: () => string | null): PrintState {
  const [state, setState] = useState<PrintState>({ printing: false, mapPicture: null });
  useEffect(() => {
    const query = matchMedia("print");
    const start = () =>
      flushSync(() =>
        setState((old) => (old.printing ? old : { printing: true, mapPicture: snapshot() })),
      );
    // Print media emulated (a test, a PDF export) outlasts `afterprint`: the list stays while it lasts.
    const stop = () => {
      if (!query.matches) setState({ printing: false, mapPicture: null });
    };
    const onChange = () => (query.matches ? start() : stop());
    if (query.matches) start();
    query.addEventListener("change", onChange);
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", stop);
    return () => {
      query.removeEventListener("change", onChange);
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", stop);
    };
  }, [snapshot]);
  return state;
}
