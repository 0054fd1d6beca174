/**
 * Texts end to end in one string, and where each ends. One long string
 * crosses to the page far faster than 100,000 short ones, and `slice` makes
 * views into it rather than copies. Very long texts cross in several strings
 * (`load/textParts.ts`), none splitting a text: joining them again on the page
 * cost ~50 ms per 14 MB (a million ids), so `textAt` reads the chunks as they are.
 */
export interface JoinedTexts {
  /** The texts end to end: one string, or several where a text never straddles two. */
  chunks: string[];
  /** Where each chunk ends, counted from the first chunk's start. */
  chunkEnds: number[];
  /** Where each text ends, counted from the first chunk's start. */
  ends: Int32Array;
}

export function joinTexts(texts: readonly string[]): JoinedTexts {
  const ends = new Int32Array(texts.length);
  let end = 0;
  for (let i = 0; i < texts.length; i++) {
    end += (texts[i] as string).length;
    ends[i] = end;
  }
  return { chunks: [texts.join("")], chunkEnds: [end], ends };
}

export function textAt(texts: JoinedTexts, i: number): string {
  const start = i > 0 ? (texts.ends[i - 1] ?? 0) : 0;
  const end = texts.ends[i] ?? start;
  const { chunks, chunkEnds } = texts;
  if (chunks.length === 1) return (chunks[0] ?? "").slice(start, end);
  // Texts taken out to cross in parts and never put back: a bug to report, not a blank to show.
  if (chunks.length === 0) throw new Error("texts read before their parts came back");
  // The first chunk that ends past the text's start (an empty text at a chunk's end reads "").
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((chunkEnds[middle] ?? 0) > start) high = middle;
    else low = middle + 1;
  }
  const offset = low > 0 ? (chunkEnds[low - 1] ?? 0) : 0;
  return (chunks[low] ?? "").slice(start - offset, end - offset);
}

/** All the texts end to end in one string (the one chunk they are in until they cross in parts). */
export function wholeText(texts: JoinedTexts): string {
  return texts.chunks.length === 1 ? (texts.chunks[0] as string) : texts.chunks.join("");
}

/** Texts held as `chunks` end to end (none splitting a text), with each text's end. */
export function textsFromChunks(chunks: string[], ends: Int32Array): JoinedTexts {
  let end = 0;
  const chunkEnds = chunks.map((chunk) => {
    end += chunk.length;
    return end;
  });
  return { chunks, chunkEnds, ends };
}

/** `texts` in chunks that end where texts end, each as long as `size` or less unless one text is longer. */
export function chunkTexts(texts: JoinedTexts, size: number): JoinedTexts {
  const joined = texts.chunks.join("");
  const chunks: string[] = [];
  let from = 0;
  let last = from;
  for (const end of texts.ends) {
    if (end - from > size && last > from) {
      chunks.push(joined.slice(from, last));
      from = last;
    }
    last = end;
  }
  if (last > from || chunks.length === 0) chunks.push(joined.slice(from, last));
  return textsFromChunks(chunks, texts.ends);
}
