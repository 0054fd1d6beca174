/**
 * How many `ch` (the width of "0") a short text takes: a CJK character, kana
 * or a full-width form is about two ("ロシア" is ~6ch, not 3). A `ch` count of
 * the string's length made the lane gutter too narrow for "ロシア" and "俄罗斯",
 * which then wrapped one character per line.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function chWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/**
 * A short label's width in px at `fontPx`, from its `ch` (a "0" of Noto Sans is 0.572 em; 0.58
 * leaves a little over): at 10 px "18 февр." 46 (drawn 41), "2月11日" 41 (37); at 11 px semibold
 * "2018" 25.5 (drawn 25.2). An estimate without a canvas, for layout that runs before drawing.
 */
export function labelWidth(text: string, fontPx: number): number {
  return chWidth(text) * fontPx * 0.58;
}
