/**
 * A `DatasetIssue` in words, given a message function (i18next's `t` on the
 * page, FormatJS over en.json on the command line). The result is a list of
 * parts: words of ours (plain strings) and the file's own texts (`verbatim`:
 * paths, ids, quoted values), so the page can mark the latter up and leave
 * them untranslated.
 */
import { formatEarlyYear } from "../i18n/earlyYear";
import type { DatasetIssue, IssueParam, IssueValue } from "./issues";

/** Words of ours, or a text as the file (or the browser, in `lang`) wrote it. */
export type IssuePart = string | { verbatim: string; lang?: string };
export type Translate = (key: string, values?: Record<string, unknown>) => string;

// Private-use characters stand for a verbatim text while ICU formats the
// message around it: a file's text may hold braces and quotes, which would
// otherwise be ICU syntax, and must come out as it went in.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const TOKEN = /\uE000(\d+)\uE001/g;

class Wording {
  readonly verbatims: { verbatim: string; lang?: string }[] = [];

  constructor(
    readonly translate: Translate,
    readonly locale: string,
  ) {}

  verbatim(text: string, lang?: string): string {
    this.verbatims.push(lang ? { verbatim: text, lang } : { verbatim: text });
    return `${OPEN}${this.verbatims.length - 1}${CLOSE}`;
  }

  value(value: IssueValue): string {
    switch (value.kind) {
      case "text":
        return this.translate("datasetIssueParts.quoted", { text: this.verbatim(value.text) });
      case "code":
        return this.verbatim(value.text, value.lang);
      case "list":
        return this.translate("datasetIssueParts.list");
      case "object":
        return this.translate("datasetIssueParts.object");
      case "month": {
        const day = new Date(0);
        day.setUTCFullYear(value.year, value.month - 1, 1);
        return new Intl.DateTimeFormat(this.locale, {
          year: "numeric",
          month: "long",
          timeZone: "UTC",
        }).format(day);
      }
      case "earlyYear":
        return formatEarlyYear(value.year, this.locale, this.translate);
      case "issue":
        return this.message(value);
      default:
        return new Intl.ListFormat(this.locale, {
          type: value.kind === "anyOf" ? "disjunction" : "conjunction",
        }).format(value.items.map((item) => this.value(item)));
    }
  }

  param(param: IssueParam): string | number {
    return typeof param === "object" ? this.value(param) : param;
  }

  message(issue: Pick<DatasetIssue, "code" | "params">): string {
    const key = `datasetIssue.${issue.code}`;
    const values: Record<string, string | number> = {};
    for (const [name, param] of Object.entries(issue.params ?? {}))
      values[name] = this.param(param);
    const text = this.translate(key, values);
    // Missing (English's later chunk never came: i18n.ts), i18next answers with the key itself.
    return text === key ? this.undescribed(issue) : text;
  }

  /**
   * A problem without its message: the file's values it quotes, as written, and one sentence of
   * the first chunk saying its description could not be loaded, rather than a key.
   */
  undescribed(issue: Pick<DatasetIssue, "params">): string {
    const quoted = Object.values(issue.params ?? {}).flatMap((param) => this.quoted(param));
    return this.translate("problems.undescribed", {
      count: quoted.length,
      values: new Intl.ListFormat(this.locale, { type: "unit", style: "short" }).format(quoted),
    });
  }

  /** The file's own values in a param (texts, codes, dates), worded as a message would. */
  quoted(param: IssueParam): string[] {
    if (typeof param !== "object") return [];
    switch (param.kind) {
      case "list":
      case "object":
        return [];
      case "anyOf":
      case "allOf":
        return param.items.flatMap((item) => this.quoted(item));
      case "issue":
        return Object.values(param.params ?? {}).flatMap((inner) => this.quoted(inner));
      default:
        return [this.value(param)];
    }
  }

  /** Where the issue is: `events[3].start`, "row 4, column start", "row 4 (events[2].title)"; "" for the file. */
  where(issue: DatasetIssue): string {
    const path = issue.path ? this.verbatim(issue.path) : "";
    if (issue.row === undefined) return path;
    const row =
      issue.column === undefined
        ? this.translate("datasetIssueParts.row", { row: issue.row })
        : this.translate("datasetIssueParts.rowColumn", {
            row: issue.row,
            column: this.verbatim(issue.column),
          });
    return path ? this.translate("datasetIssueParts.rowPath", { row, path }) : row;
  }

  parts(text: string): IssuePart[] {
    const parts: IssuePart[] = [];
    let last = 0;
    for (const match of text.matchAll(TOKEN)) {
      if (match.index > last) parts.push(text.slice(last, match.index));
      parts.push(this.verbatims[Number(match[1])] ?? { verbatim: "" });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }
}

/** What is wrong, without where. */
export function issueMessageParts(
  issue: DatasetIssue,
  translate: Translate,
  locale: string,
): IssuePart[] {
  const wording = new Wording(translate, locale);
  return wording.parts(wording.message(issue));
}

/** Where the issue is; empty for the file as a whole. */
export function issueWhereParts(
  issue: DatasetIssue,
  translate: Translate,
  locale: string,
): IssuePart[] {
  const wording = new Wording(translate, locale);
  return wording.parts(wording.where(issue));
}

/** The issue as one line, `where: what`. */
export function issueLineParts(
  issue: DatasetIssue,
  translate: Translate,
  locale: string,
): IssuePart[] {
  const wording = new Wording(translate, locale);
  const said = wording.message(issue);
  // A form's field shows its message alone (`issueMessageParts`): the item is not left out there.
  const key = issue.leftOut ? "issueConsequence.leftOut" : "issueConsequence.undated";
  // A TimelineJS start that could not be read says what became of its slide, as our CSV's does
  // (review 32 F16).
  const withConsequence =
    issue.leftOut || issue.undated
      ? translate(key, { message: said, item: issue.leftOut ?? "" })
      : said;
  // Without its message (the problems' words never came), the problem as far as it is worded.
  const message = withConsequence === key ? said : withConsequence;
  const where = wording.where(issue);
  return wording.parts(where ? translate("datasetIssueParts.line", { where, message }) : message);
}

export function partsText(parts: readonly IssuePart[]): string {
  return parts.map((part) => (typeof part === "string" ? part : part.verbatim)).join("");
}
