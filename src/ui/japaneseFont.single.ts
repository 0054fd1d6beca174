/** A one-file copy carries the Japanese faces its dataset needs in its own page (see offlineCopy.ts). */
export { hasJapanese } from "./japaneseFont";

export function loadJapaneseFont(): void {}

export function watchForJapanese(_root: HTMLElement): () => void {
  return () => {};
}
