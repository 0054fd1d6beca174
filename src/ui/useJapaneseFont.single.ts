/** A one-file copy carries the Japanese faces its dataset needs in its own page (see offlineCopy.ts). */
export function useJapaneseFont(_shown: boolean): void {}
