import { useEffect } from "react";

/**
 * Calls `forget(null)` each time the page's fonts finish loading: a row measured in a fallback
 * font is measured again in the font it is drawn in (the timeline's toolbar, the header's tools).
 */
export function useRemeasureOnFonts(forget: (value: null) => void): void {
  useEffect(() => {
    const fonts = typeof document === "undefined" ? undefined : document.fonts;
    if (!fonts?.addEventListener) return;
    const again = () => forget(null);
    fonts.addEventListener("loadingdone", again);
    return () => fonts.removeEventListener("loadingdone", again);
  }, [forget]);
}
