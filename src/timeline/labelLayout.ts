import { CJK_EM, isWide } from "./chWidth";

/**
 * Label widths estimated from their text, so that layout (stackLanes,
 * rowLabels, stripLayout) needs no DOM measurement per frame. Where a label
 * is drawn is rowLabels' work.
 */

/** A letter's average advance in Noto Sans, in em: the estimate event titles in Latin and Cyrillic have always had. */
const LETTER_EM = 0.55;

/**
 * Width of a label in px, estimated from its characters: a CJK one (kana, hanzi, full-width
 * forms) one em, the others 0.55. At 0.55 em for every character a Japanese or Chinese title
 * was given about 55% of its width, and nearly every label in ja and zh ended in "…" with room
 * beside it ("安倍首相とプーチン大統領、20回の会談": 130 px of its 200). The reader's letter- and
 * word-spacing, in em (WCAG 1.4.12's override: 0.12, 0.16), add after each character and at each
 * space, as Chromium draws them: without, "United Kingdom" over its lane at 390 px ran 11 px over
 * the label beside it.
 */
export function estimateLabelWidth(
  text: string,
  fontPx = 12,
  maxWidth = 200,
  letter = 0,
  word = 0,
): number {
  let characters = 0;
  let wide = 0;
  let spaces = 0;
  for (const character of text) {
    characters++;
    if (isWide(character)) wide++;
    if (character === " ") spaces++;
  }
  // Without a wide character, the very figure as before (a sum of 0.55s rounds otherwise).
  const px =
    (wide === 0
      ? text.length * fontPx * LETTER_EM
      : ((characters - wide) * LETTER_EM + wide * CJK_EM) * fontPx) +
    (characters * letter + spaces * word) * fontPx;
  return Math.min(maxWidth, Math.ceil(px) + 4);
}
