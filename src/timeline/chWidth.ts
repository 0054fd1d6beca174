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
