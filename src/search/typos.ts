/**
 * Typo tolerance for names: a query word that matches nothing is compared
 * with the words of place and actor names by edit distance (insertions,
 * deletions, substitutions and swaps of neighbours each count one), and
 * replaced by the closest within one typo (words of 4–6 letters) or two
 * (7 and more). Shorter words are never corrected: too many names are close.
 */
import { tokenize } from "./normalize";

/** Typos tolerated in a word of `length` characters. */
export function typosAllowed(length: number): number {
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon
 * as it must exceed `max` (most name words are far from the query).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * The one value whose name is nearest `written` within `max` edits, or undefined when none is or
 * several are as near (a misspelt CSV column or JSON key: `lan` is as near `lat` as `lon`).
 */
export function closestOne<T>(
  written: string,
  names: Iterable<readonly [string, T]>,
  max: number,
): T | undefined {
  let best = max + 1;
  const closest = new Set<T>();
  for (const [name, value] of names) {
    const distance = editDistance(written, name, max);
    if (distance < best) {
      best = distance;
      closest.clear();
    }
    if (distance === best && distance <= max) closest.add(value);
  }
  return closest.size === 1 ? [...closest][0] : undefined;
}

/** Each normalised word of the names, with the first way a name writes it ("kunashir" → "Kunashir"). */
export function nameWordsOf(names: readonly string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const name of names) {
    for (const written of name.split(/[\s/,()]+/)) {
      const tokens = tokenize(written);
      const word = tokens[0];
      if (tokens.length === 1 && word && !words.has(word)) words.set(word, written);
    }
  }
  return words;
}

/** The name word closest to `term` within the typos allowed (ties: the first name's), or null. */
export function closestNameWord(term: string, words: ReadonlyMap<string, string>): string | null {
  const allowed = typosAllowed(term.length);
  if (allowed === 0) return null;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const word of words.keys()) {
    const distance = editDistance(term, word, allowed);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
