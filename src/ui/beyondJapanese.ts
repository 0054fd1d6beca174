/**
 * Chinese characters that Noto Sans JP does not have (review 29 F7): a dataset's simplified
 * Chinese (间 岛 归 问 题) on an English, Japanese or Russian page drew as boxes on a machine
 * without CJK fonts, as the page loaded Noto Sans SC only for a Chinese page. `--font` names SC
 * after JP; its stylesheet (~32 KB gzipped) loads once a character shown is in none of JP's faces,
 * so a Japanese page does not fetch it for Japanese. JP's faces say what they cover (their
 * `unicode-range`): no table of it is shipped. Loaded, with JP's stylesheet, once Japanese or
 * Chinese is first shown (`japaneseFont.ts`).
 */
import { loadScriptFont } from "../i18n/scriptFont";
import { type CodeRange, inSortedRanges, sortedRanges } from "../offline/unicodeRanges";
import { watchShownText } from "./watchShownText";

/** CJK ideographs, the blocks and planes Noto Sans SC covers beyond JP. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;

/** What the check needs of the page; tests pass their own. */
export interface BeyondJapaneseDeps {
  /** The `unicode-range` of each Noto Sans JP face, once its stylesheet is in. */
  japaneseRanges: () => Promise<string[]>;
  loadChinese: () => void;
}

const pageDeps: BeyondJapaneseDeps = {
  japaneseRanges: async () => {
    await import("@fontsource/noto-sans-jp/400.css");
    return [...document.fonts]
      .filter((face) => face.family.replace(/"/g, "") === "Noto Sans JP")
      .map((face) => face.unicodeRange);
  },
  loadChinese: () => void loadScriptFont("zh"),
};

/**
 * Load Noto Sans SC as soon as text under `root`, or typed into a field, has a character that
 * Noto Sans JP lacks; then stop watching. Returns a function that stops it sooner.
 */
export function watchBeyondJapanese(
  root: HTMLElement,
  deps: BeyondJapaneseDeps = pageDeps,
): () => void {
  let ranges: CodeRange[] | null = null;
  /** Texts seen before JP's ranges were in. */
  const waiting: string[] = [];
  const seen = new Set<number>();
  let done = false;
  const lacks = (text: string): boolean => {
    for (const [character] of text.matchAll(HAN)) {
      const code = character.codePointAt(0) ?? 0;
      if (seen.has(code)) continue;
      seen.add(code);
      if (ranges && !inSortedRanges(ranges, code)) return true;
    }
    return false;
  };
  /** Whether `text` has a character JP lacks; before JP's ranges are in, kept to check then. */
  const lacksAny = (text: string): boolean => {
    if (done || !HAN.test(text)) return false;
    HAN.lastIndex = 0;
    if (!ranges) waiting.push(text);
    return ranges !== null && lacks(text);
  };
  const load = () => {
    done = true;
    deps.loadChinese();
  };
  const unwatch = watchShownText(root, (node) => lacksAny(node.textContent ?? ""), lacksAny, load);
  const stop = () => {
    done = true;
    unwatch();
  };
  deps.japaneseRanges().then(
    (found) => {
      // No faces (the stylesheet failed): nothing to tell covered from not; the system's fonts stand in.
      if (done || found.length === 0) return stop();
      ranges = sortedRanges(found);
      if (waiting.splice(0).some(lacksAny)) {
        stop();
        load();
      }
    },
    () => stop(),
  );
  return stop;
}
