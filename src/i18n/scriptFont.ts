import "./scriptFonts.css";
import type { Language } from "./languages";

const requested = new Map<Language, Promise<void>>();

/**
 * The page's Japanese or Chinese font (Noto Sans JP / SC: stylesheets of
 * unicode-range faces), fetched when that interface language is first
 * shown; its faces then download only for the characters on screen.
 * Resolves once the stylesheet is in, or has failed: a canvas that draws
 * in that language (the downloaded picture) waits for it.
 */
export function loadScriptFont(lang: Language): Promise<void> {
  const asked = requested.get(lang);
  if (asked) return asked;
  const load =
    lang === "ja"
      ? () => import("@fontsource/noto-sans-jp/400.css")
      : lang === "zh"
        ? () => import("@fontsource/noto-sans-sc/400.css")
        : null;
  if (!load) return Promise.resolve();
  // Without it the system's font stands in: nothing to report, and the next call tries again.
  const loading = load().then(
    () => undefined,
    () => {
      requested.delete(lang);
    },
  );
  requested.set(lang, loading);
  return loading;
}
