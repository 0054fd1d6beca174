/**
 * Search text normalisation: compatibility decomposition (NFKD, so full-width
 * "Ｅｔｏｒｏｆｕ" and ligatures fold too), Latin/Greek/Cyrillic diacritics
 * stripped, case folded, whitespace collapsed. Japanese voicing marks are
 * kept (they change the word), so "ダナン" does not match "タナン".
 *
 * `tokenize` splits normalised text into the words the index holds (and a
 * query into its terms); `normalize` gives the whole text; `normalizeWithMap`
 * gives the same text plus where each character came from, for highlighting
 * matches in the original text. Those two must agree (tested).
 */

/**
 * Combining diacritical marks (U+0300–U+036F: accents, breves, umlauts), and the characters a page
 * shows as nothing: the soft hyphen, zero-width spaces and joiners, the word joiner, a stray BOM
 * ("zero\u200bwidth" reads "zerowidth", and a search for it found nothing: review 17).
 */
const DIACRITICS = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /\s+/g;
/** Words of lowercased ASCII text: the same split `isWordCode` makes. */
const ASCII_WORD = /[a-z0-9]+/g;
/** ASCII text needs only lowercasing (NFKD leaves it as it is). */
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Folds that neither `toLowerCase` nor NFKD make: letters with strokes, ligatures, final sigma. */
const FOLDS: Record<string, string> = {
  ß: "ss",
  ς: "σ",
  ı: "i",
  ſ: "s",
  đ: "d",
  ð: "d",
  ø: "o",
  ł: "l",
  ħ: "h",
  æ: "ae",
  œ: "oe",
  þ: "th",
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join("")}]`, "g");

function fold(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLDS[char] ?? char);
}

function foldChars(text: string): string {
  return fold(text.normalize("NFKD").toLowerCase().normalize("NFKD").replace(DIACRITICS, ""));
}

export function normalize(text: string): string {
  const folded = ASCII.test(text) ? text.toLowerCase() : foldChars(text);
  return folded.replace(WHITESPACE, " ").trim();
}

export interface MappedText {
  /** Equal to `normalize(original)`. */
  text: string;
  /** For each character of `text`, the offset in the original string it came from. */
  starts: Int32Array;
  /** For each character of `text`, the offset just past the original character. */
  ends: Int32Array;
}

const SPACE = /\s/;

/** `normalize` with the original offsets of every output character. */
export function normalizeWithMap(original: string): MappedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  let offset = 0;
  for (const char of original) {
    const next = offset + char.length;
    const folded = foldChars(char);
    for (const out of folded) {
      if (SPACE.test(out)) {
        if (text.length > 0 && pendingSpace === -1) pendingSpace = offset;
        continue;
      }
      if (pendingSpace !== -1) {
        text += " ";
        starts.push(pendingSpace);
        ends.push(pendingSpace + 1);
        pendingSpace = -1;
      }
      // Surrogate pairs give two UTF-16 units; both map to the same original character.
      for (let unit = 0; unit < out.length; unit++) {
        starts.push(offset);
        ends.push(next);
      }
      text += out;
    }
    offset = next;
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Whether a character (after normalisation) belongs to a word: a-z, 0-9 and
 * the letters of other scripts; not punctuation, symbols or spaces.
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code < 0xc0) return false; // Latin-1 punctuation and symbols
  if (code === 0xd7 || code === 0xf7) return false; // × ÷
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, arrows, maths, shapes
  if (code >= 0x3000 && code <= 0x303f) return code >= 0x3005 && code <= 0x3007; // CJK punctuation, but 々〆〇
  if (code === 0x30fb) return false; // katakana middle dot
  return true;
}

/** The normalised words of a text, in order. */
export function tokenize(text: string): string[] {
  // ASCII text (most of it): lowercase and let the regex engine split it.
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const normal = foldChars(text);
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < normal.length; i++) {
    if (isWordCode(normal.charCodeAt(i))) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      tokens.push(normal.slice(start, i));
      start = -1;
    }
  }
  if (start !== -1) tokens.push(normal.slice(start));
  return tokens;
}

/** A query's distinct words, longest first (so "tokyo to" highlights "tokyo" whole). */
export function queryTerms(query: string): string[] {
  const terms = Array.from(new Set(tokenize(query)));
  return terms.sort((a, b) => b.length - a.length);
}

export type Range = readonly [start: number, end: number];

/**
 * Where the terms occur in `text`, as sorted, non-overlapping ranges of the
 * original string (for `<mark>`).
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text === "") return [];
  const mapped = normalizeWithMap(text);
  const found: [number, number][] = [];
  for (const term of terms) {
    if (term === "") continue;
    let from = mapped.text.indexOf(term);
    while (from !== -1) {
      const last = from + term.length - 1;
      found.push([mapped.starts[from] ?? 0, mapped.ends[last] ?? text.length]);
      from = mapped.text.indexOf(term, from + term.length);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
