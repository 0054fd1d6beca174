/**
 * Issues in English for the command line (`npm run validate`, `npm run
 * convert`, the build's share pages) and for tests: the same en.json messages
 * the page shows, formatted by FormatJS without i18next.
 */
import { IntlMessageFormat } from "intl-messageformat";
import en from "../i18n/locales/en.json";
import type { DatasetIssue } from "./issues";
import { issueLineParts, issueMessageParts, partsText, type Translate } from "./issueText";

const LOCALE = "en-GB";
const formats = new Map<string, IntlMessageFormat>();

function messageAt(key: string): string {
  let node: unknown = en;
  for (const part of key.split(".")) {
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== "string") throw new Error(`en.json has no message ${key}`);
  return node;
}

export const translateEnglish: Translate = (key, values) => {
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(messageAt(key), LOCALE);
    formats.set(key, format);
  }
  return String(format.format(values as Record<string, string | number> | undefined));
};

/** `events[3].start: "2018-13-45" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`. */
export function formatIssue(issue: DatasetIssue): string {
  return partsText(issueLineParts(issue, translateEnglish, LOCALE));
}

/** What is wrong, without where, in English. */
export function issueMessage(issue: DatasetIssue): string {
  return partsText(issueMessageParts(issue, translateEnglish, LOCALE));
}
