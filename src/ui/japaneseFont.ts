/**
 * Noto Sans JP's stylesheet (a hundred-odd unicode-range faces, ~33 KB
 * gzipped) is fetched the first time Japanese text is on the page, not with
 * every page; its faces then download only for the characters on screen.
 * "On the page" means anywhere: a place's names, a search typed in Japanese,
 * an imported dataset's titles. The font stack (`--font`) names the family,
 * which costs nothing until the stylesheet declares it.
 */

import { watchShownText } from "./watchShownText";

/** Hiragana, katakana (full and half width) and CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/**
 * Elements whose text does not ask for the font: the language switch's own
 * names (日本語, 中文) are on every page, and two words do not justify 75 KB
 * (the stylesheet and a subset); the switch's own 1 KB faces draw them
 * (`src/i18n/languageNameFonts.ts`).
 */
const EXEMPT = "[data-font-exempt]";

/** Whether `node` shows Japanese outside exempt elements. */
function showsJapanese(node: Node): boolean {
  if (!hasJapanese(node.textContent ?? "")) return false;
  const element = node instanceof Element ? node : node.parentElement;
  if (element?.closest(EXEMPT)) return false;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (hasJapanese(text.textContent ?? "") && !text.parentElement?.closest(EXEMPT)) return true;
  }
  return node.nodeType === Node.TEXT_NODE;
}

let requested = false;

/** Fetch the stylesheet, once. */
export function loadJapaneseFont(): void {
  if (requested) return;
  requested = true;
  // Without it, Japanese falls back to a system font: nothing to report.
  import("@fontsource/noto-sans-jp/400.css").catch(() => {
    requested = false;
  });
}

/**
 * Load the font as soon as Japanese text is shown under `root` or typed into
 * any field. Returns a function that stops watching (it also stops itself once
 * the font is asked for).
 */
export function watchForJapanese(root: HTMLElement): () => void {
  return watchShownText(root, showsJapanese, hasJapanese, () => {
    loadJapaneseFont();
    // Simplified Chinese that JP lacks brings Noto Sans SC (`beyondJapanese.ts`).
    import("./beyondJapanese").then(
      (m) => m.watchBeyondJapanese(root),
      () => {},
    );
  });
}
