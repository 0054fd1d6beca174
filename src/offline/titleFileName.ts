/**
 * A file name from a title in any script, as its reader writes it: "日ロ関係、2018年" →
 * "日ロ関係-2018年.png", "Японско-российские отношения, 2018" →
 * "японско-российские-отношения-2018.png". The dataset's slug (`fileNameOf`) keeps only a–z and
 * digits: every Japanese or Chinese title was "timeline.png", every translated one the English.
 * Letters and digits of every script stay (today's file systems store them); the rest, Windows'
 * forbidden `\ / : * ? " < > |` among it, becomes one "-".
 */
export function titleFileName(
  title: string,
  extension: string,
  fallback: string,
  max = 60,
): string {
  const words = title
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let name = "";
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    // Whole words within `max` characters (code points: a cut never splits a letter), or the first cut.
    if ([...next].length > max) {
      if (!name) name = [...word].slice(0, max).join("");
      break;
    }
    name = next;
  }
  return `${name || fallback}.${extension}`;
}
