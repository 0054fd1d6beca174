/**
 * A problem found in a dataset, as data: a stable code and its values, never
 * a sentence. The worker and the importers make these; the page words them in
 * its language when it shows them (`src/ui/IssueText.tsx`), the command line
 * in English (`issueEnglish.ts`). The wording lives only in the locale files,
 * under `datasetIssue.<code>`.
 */
import type en from "../i18n/locales/en.json";

/** Every code has its message in `en.json` (and the locale test keeps the other languages in step). */
export type IssueCode = keyof (typeof en)["datasetIssue"];

/**
 * A value of the file that a message quotes. Texts and names stay verbatim
 * (the author's own words); lists, objects and months are put into words.
 */
export type IssueValue =
  /** A text of the file, shown in quotes (cut at 40 characters). */
  | { kind: "text"; text: string }
  /**
   * Shown as written, without quotes: a number, true, false, null, a key, a
   * reason from the browser (in the browser's English: `lang: "en"`).
   */
  | { kind: "code"; text: string; lang?: string }
  | { kind: "list" }
  | { kind: "object" }
  /** A month of a year, written by `Intl` in the page's language. */
  | { kind: "month"; year: number; month: number }
  /** A year before 1 (-44, -13800000000), written in the page's language: "44 BCE", "138億年前". */
  | { kind: "earlyYear"; year: number }
  /** Values joined with "or" (choices) or "and" (all of them). */
  | { kind: "anyOf" | "allOf"; items: IssueValue[] }
  /** A message inside a message: the reason a JSON text is broken. */
  | { kind: "issue"; code: IssueCode; params?: Record<string, IssueParam> };

/** Numbers are counts and positions (formatted by ICU); plain strings are `select` keywords. */
export type IssueParam = number | string | IssueValue;

export interface DatasetIssue {
  /**
   * A JSON path such as `events[3].start` (the file's own names); empty for
   * the document itself, or when `row` says where it is.
   */
  path: string;
  /** The spreadsheet row (the header is row 1) a problem of a CSV or TSV file is in. */
  row?: number;
  /** The row's column, by its header as the file writes it. */
  column?: string;
  code: IssueCode;
  params?: Record<string, IssueParam>;
  /** The problem kept its item out of the dataset: the line says so after the message. */
  leftOut?: LeftOutItem;
  /** The problem left its item without a date, listed as undated: the line says so too. */
  undated?: true;
}

export type LeftOutItem = "event" | "place" | "period" | "undated";

/** A text of the file, as a message quotes it. */
export const quotedText = (text: string, max = 40): IssueValue => ({
  kind: "text",
  text: text.length > max ? `${text.slice(0, max)}…` : text,
});

/** A JSON value as a message names it: texts quoted, lists and objects by kind, the rest as written. */
export function describeValue(value: unknown): IssueValue {
  if (value === null) return { kind: "code", text: "null" };
  if (Array.isArray(value)) return { kind: "list" };
  if (typeof value === "string") return quotedText(value);
  if (typeof value === "object") return { kind: "object" };
  return { kind: "code", text: String(value) };
}

/** An issue with no path: about the whole file. */
export const fileIssue = (code: IssueCode, params?: DatasetIssue["params"]): DatasetIssue => ({
  path: "",
  code,
  ...(params && { params }),
});

/**
 * The schema's own messages are the codes of their issues
 * (`.refine(isPartialDate, says("notADate"))`), typed here; zod's own
 * messages are sentences, so a single word tells them apart.
 */
export const says = (code: IssueCode): string => code;

export function isSchemaCode(message: string): message is IssueCode {
  return /^[a-z][A-Za-z]*$/.test(message);
}
