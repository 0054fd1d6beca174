/**
 * Dates as people type them, in the format's form: what the editor's fields and a spreadsheet's
 * cells share, so a date the one takes the other takes too (review 35 F7: a CSV's 2018年3月21日 was
 * "not a date", though the editor reads it).
 */

/**
 * A date or number as typed, in ASCII: a Japanese or Chinese input method in full-width mode types
 * ２０１８－０３－２１ and ４３，５, which look right and were refused as "not a date" (review 32 F10).
 */
export function halfWidth(text: string): string {
  return text.normalize("NFKC").trim();
}

/**
 * A date as typed, in the format's form: half width (above); a date written the way Japanese and
 * Chinese makers write it, 2018年3月21日, 2018年3月 or 2018年, read as 2018-03-21, 2018-03 or 2018
 * (the editor's form shows a date so beside the field; it was refused, review 32 F10); and a
 * spreadsheet's date and time, 2018-03-21 14:30, as 2018-03-21T14:30 (the GeoJSON reader takes it).
 * Anything else is left as typed, for the format to check.
 */
export function typedDate(text: string): string {
  const typed = halfWidth(text);
  const timed = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(typed);
  if (timed) return `${timed[1]}T${timed[2]}`;
  const written = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/.exec(typed);
  if (!written) return typed;
  return written
    .slice(1)
    .filter((part) => part !== undefined)
    .map((part, i) => (i === 0 ? part : part.padStart(2, "0")))
    .join("-");
}
