import type { IndexedEvent } from "../data/indexDataset";
import { formatEventDateIn } from "../i18n/formatDate";
import { t } from "../i18n/i18n";
import type { Language } from "../i18n/languages";

/**
 * The dates a count's events (in time order) span, for its name: from the shown start of the one that starts
 * first to the shown end of the one that ends last (of equal ones the wider: "March 2018", not
 * its "1 March 2018"), one date where both read the same. The first and the last in time order
 * read backwards where an approximate date held an exact one: "c. late March 2018 – 23 March
 * 2018" (review 39 R6), now "c. late March 2018".
 */
export function groupDates(members: readonly (IndexedEvent | undefined)[], lang: Language): string {
  let a: IndexedEvent | undefined;
  let b = a;
  // In time order (start, then end): the last of equal starts and the first of equal ends.
  for (const e of members) {
    if (!e) continue;
    if (!a || e.interval.start <= a.interval.start) a = e;
    if (!b || e.interval.end > b.interval.end) b = e;
  }
  if (!a || !b) return "";
  // One end of an event, as its own date is written ("c." and all).
  const at = (e: IndexedEvent, date: string) =>
    formatEventDateIn({ ...e, start: date, end: date }, lang);
  const from = at(a, a.start);
  const to = at(b, b.end ?? b.start);
  // In the page's language, as the name around it.
  return from === to ? from : t("date.range", { start: from, end: to });
}
