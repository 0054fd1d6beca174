/**
 * Texts end to end in one string, and where each ends. One long string
 * crosses to the page far faster than 100,000 short ones, and `slice` makes
 * views into it rather than copies.
 */
export interface JoinedTexts {
  joined: string;
  ends: Int32Array;
}

export function joinTexts(texts: readonly string[]): JoinedTexts {
  const ends = new Int32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { joined: texts.join(""), ends };
}

export function textAt(texts: JoinedTexts, i: number): string {
  return texts.joined.slice(i > 0 ? texts.ends[i - 1] : 0, texts.ends[i]);
}
