/**
 * A year before 1 in the reader's language: "44 BCE", "紀元前44年",
 * "44 г. до н. э.", "公元前44年"; "13.8 billion years ago", "138億年前",
 * "13,8 миллиарда лет назад", "距今138亿年". The words are the `date.bce` and
 * `date.yearsAgo` messages; the number is written by `Intl`.
 */

import { earlyYear } from "../data/earlyYear";
import type { Translate } from "../data/issueText";
import { memoizeByKey } from "../store/memo";

/**
 * Japanese and Chinese count large numbers in myriads (万, 億/亿), so 315,000
 * years is 31.5万年; English and Russian name only millions and billions.
 */
const MYRIADS = new Set(["ja", "zh"]);

const numberFormat = memoizeByKey(
  (locale: string, style: "compact" | "plain") =>
    new Intl.NumberFormat(
      locale,
      style === "compact"
        ? // The amount is already rounded as written (13.8 billion): show all its digits.
          { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 21 }
        : {},
    ),
);

/** `year` (-44, -13800000000; 0 is 1 BCE) as `locale` writes it, with `t`'s `date.*` messages. */
export function formatEarlyYear(year: number, locale: string, t: Translate): string {
  const said = earlyYear(year);
  // The message writes the year (its digits grouped or not, as the language writes years).
  if ("bce" in said) return t("date.bce", { year: said.bce });
  const compact = said.ago >= 1e6 || MYRIADS.has(new Intl.Locale(locale).language);
  return t("date.yearsAgo", {
    amount: numberFormat(locale, compact ? "compact" : "plain").format(said.ago),
    // For the plural of "years" (Russian: 300 001 год, 315 000 лет, 13,8 миллиарда лет).
    count: said.ago,
  });
}
