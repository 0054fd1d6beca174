/**
 * Issues in English for the command line (`npm run validate`, `npm run
 * convert`, the build's share pages) and for tests: the same en.json messages
 * the page shows, formatted by FormatJS without i18next.
 */

import { LOCALE_TAGS } from "../i18n/languages";
import en from "../i18n/locales/en.json";
import { messageFormatter } from "../i18n/messageFormatter";
import type { DatasetIssue } from "./issues";
import { issueLineParts, issueMessageParts, partsText, type Translate } from "./issueText";

const LOCALE = LOCALE_TAGS.en;

export const translateEnglish: Translate = messageFormatter(en, LOCALE);

/** `events[3].start: "2018-13-45" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)`. */
export function formatIssue(issue: DatasetIssue): string {
  return partsText(issueLineParts(issue, translateEnglish, LOCALE));
}

/** What is wrong, without where, in English. */
export function issueMessage(issue: DatasetIssue): string {
  return partsText(issueMessageParts(issue, translateEnglish, LOCALE));
}
