/** Event dates in the interface's messages: `formatEventDateWith` with i18next's `t` for `lang`. */

import { readEarlyYear } from "../data/earlyYear";
import type { Translate } from "../data/issueText";
import { formatEarlyYear } from "./earlyYear";
import { type DateMessage, formatEventDateWith } from "./eventDate";
import { i18n } from "./i18n";
import { type Language, LOCALE_TAGS } from "./languages";

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

/**
 * An item's `displayDate` to show in `lang`: the source's own words ("Spring
 * 1943") as written, but a year before 1 that the importer wrote in English
 * ("44 BCE", "13.8 billion years ago") in the reader's language.
 */
export function displayDateIn(text: string, lang: Language): string {
  const year = readEarlyYear(text);
  if (year === null) return text;
  return formatEarlyYear(year, LOCALE_TAGS[lang], i18n.getFixedT(lang) as Translate);
}
