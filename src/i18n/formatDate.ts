/** Event dates in the interface's messages: `formatEventDateWith` with i18next's `t` for `lang`. */
import { type DateMessage, formatEventDateWith } from "./eventDate";
import { i18n } from "./i18n";
import type { Language } from "./languages";

/**
 * A date written at the precision it has, in `lang`: "2018", "March 2018",
 * "21 March 2018", "c. mid-April 2018", "6–7 February 2018".
 */
export function formatEventDateIn(
  event: { start: string; end?: string; approximate?: boolean },
  lang: Language,
): string {
  return formatEventDateWith(event, lang, i18n.getFixedT(lang) as DateMessage);
}
