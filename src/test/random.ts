/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1), so synthetic data is repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `maxPieces` pieces of `alphabet` end to end, for tests that compare two paths on many texts. */
export function randomText(
  random: () => number,
  alphabet: readonly string[],
  maxPieces: number,
): string {
  const length = Math.floor(random() * (maxPieces + 1));
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
}
