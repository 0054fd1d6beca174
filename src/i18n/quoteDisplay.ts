/**
 * Quotes are kept verbatim, but a source may carry an artefact of its print
 * layout: a drop cap set as its own glyph runs into the next word ("Acold"
 * for "A cold"). A quote marked `dropCap` is shown with its first letter set
 * apart; the data (and the check against the source) keep the source's text.
 */
export function readableQuote(quote: { text: string; dropCap?: boolean | undefined }): string {
  if (!quote.dropCap || quote.text.length < 2 || quote.text[1] === " ") return quote.text;
  return `${quote.text.slice(0, 1)} ${quote.text.slice(1)}`;
}
