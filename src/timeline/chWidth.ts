/**
 * How many `ch` (the width of "0") a short text takes: a CJK character, kana
 * or a full-width form is about two ("ロシア" is ~6ch, not 3). A `ch` count of
 * the string's length made the lane gutter too narrow for "ロシア" and "俄罗斯",
 * which then wrapped one character per line.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A CJK character, kana or full-width form: about two `ch`, one em. */
export function isWide(character: string): boolean {
  return WIDE.test(character);
}

export function chWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/**
 * The axis's letters (en, ru) and marks other than 0.58 em wide in Noto Sans semibold, by their
 * measured em rounded up (Chromium, 100 px; the ink's right where it lies further). By `ch`
 * alone "May" at 11 px was 19.1 px, drawn 23.7; "июнь" at 12 px 27.8, drawn 32.5.
 */
const EMS = new Map<string, number>();
for (const [characters, em] of [
  [" .,:", 0.29],
  ["M", 0.93],
  ["NODюмф", 0.84],
  ["Abgnopuбдийлнор", 0.68],
  ["Jclrtгст", 0.52],
  // The timeline's hints' arrows: one em where a page in Japanese or Chinese draws them from its
  // CJK face ("← 以前の2件" drew 64 px, estimated 60).
  ["←→", 1],
] as const)
  for (const character of characters) EMS.set(character, em);
/** Small type's ink rounds out to the pixel: "1954" at 11 px ends 0.7 px past its advance. */
const INK_PX = 1;

/**
 * A CJK character's advance is 1.000 em in Noto Sans JP and SC at 400 and 600 (Chromium 150's
 * canvas, the axis's labels in ja and zh at 10-12 px); at 600, synthesised from the 400 face, its
 * ink reaches 1.01 em, and at 10 px rounds out to the ink's pixel exactly ("水", "周一": 11 and
 * 21 px). The 0.02 over keeps the estimate 0.2 px clear there; two "0"s (1.16) were 2-4 px over
 * per label.
 */
export const CJK_EM = 1.02;

function characterEm(character: string): number {
  // The digits 0.572, the letters not listed up to 0.594 ("я"; the ink's pixel covers the rest).
  return EMS.get(character) ?? (WIDE.test(character) ? CJK_EM : 0.58);
}

/**
 * A short label's width in px at `fontPx`, at 400 or 600: a CJK character 1.02 em (CJK_EM), the
 * letters and marks above their own em, the others one "0" (0.572 em in Noto Sans; 0.58), plus
 * the ink's rounding. Never short of the axis's labels as drawn (chWidth.test): at 12 px "Dec"
 * 21.8 was estimated 20.9, and two labels drew 5.1 px apart where 6 were kept. An estimate
 * without a canvas, for layout that runs before drawing, per zoom step.
 */
export function labelWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const character of text) em += characterEm(character);
  return em * fontPx + INK_PX;
}
