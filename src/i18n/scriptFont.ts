import "./scriptFonts.css";
import type { Language } from "./languages";

const requested = new Set<Language>();

/**
 * The page's Japanese or Chinese font (Noto Sans JP / SC: stylesheets of
 * unicode-range faces), fetched when that interface language is first
 * shown; its faces then download only for the characters on screen.
 */
export function loadScriptFont(lang: Language): void {
  if (requested.has(lang)) return;
  const load =
    lang === "ja"
      ? () => import("@fontsource/noto-sans-jp/400.css")
      : lang === "zh"
        ? () => import("@fontsource/noto-sans-sc/400.css")
        : null;
  if (!load) return;
  requested.add(lang);
  // Without it the system's font stands in: nothing to report.
  load().catch(() => requested.delete(lang));
}
