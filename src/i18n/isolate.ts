/**
 * A dataset's words set among the page's own, kept apart for the bidirectional algorithm: an
 * Arabic or Hebrew name pulls a number or a separator after it into its right-to-left run
 * ("Source: 2 ,صحيفة … April 2018" for "…, صحيفة, 2 April 2018"). In HTML a `<bdi>` does it
 * (`WordList`); in a canvas's text (the picture), these Unicode isolates: FSI … PDI.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * What follows a label ("Note:", "注：") before its text: a space, but not after a full-width
 * colon, which has its own room ("注： 記事" printed a wide gap in Japanese and Chinese).
 */
export function afterLabel(label: string): string {
  return /[：）」』】]$/.test(label) ? "" : " ";
}
