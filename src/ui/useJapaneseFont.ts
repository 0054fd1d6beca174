import { useEffect } from "react";

let requested = false;

/**
 * Noto Sans JP's stylesheet (a hundred-odd unicode-range faces, ~33 KB
 * gzipped) is fetched the first time Japanese text is shown, not with every
 * page; its faces then download only for the characters on screen.
 */
export function useJapaneseFont(shown: boolean): void {
  useEffect(() => {
    if (!shown || requested) return;
    requested = true;
    // Without it, Japanese falls back to a system font: nothing to report.
    import("@fontsource/noto-sans-jp/400.css").catch(() => {
      requested = false;
    });
  }, [shown]);
}
