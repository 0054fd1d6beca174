import type { SearchResult } from "./searchIndex";

export function plural(count: number, word: string): string {
  return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
}

/** "3 results: 1 place, 2 events. 4 more hidden by filters.", after "No match; did you mean “Kunashir”?" for a corrected query. */
export function resultSentence(result: SearchResult): string {
  const count = result.places.length + result.total;
  const parts: string[] = [];
  if (result.places.length > 0) parts.push(plural(result.places.length, "place"));
  if (result.total > 0) parts.push(plural(result.total, "event"));
  let sentence = count === 0 ? "No results" : `${plural(count, "result")}: ${parts.join(", ")}`;
  if (result.total > result.events.length) {
    sentence += ` (the best ${result.events.length.toLocaleString("en")} listed)`;
  }
  if (result.hidden > 0)
    sentence += `. ${result.hidden.toLocaleString("en")} more hidden by filters`;
  const corrected = result.correction ? `No match; did you mean “${result.correction}”? ` : "";
  return `${corrected}${sentence}.`;
}
