/**
 * What the URL decoder dropped, as data: a code, the key and its values, never
 * a sentence (as `src/data/issues.ts` is for datasets). The decoder stays free
 * of i18next; the page words a problem in its language when it shows it, from
 * the messages under `urlProblem.<code>`.
 */
import type { Translate } from "../data/issueText";
import type { OriginRule } from "../provenance/dataOrigins";

/** The keys of a link (`codec.ts`). */
export type UrlKey =
  | "event"
  | "place"
  | "from"
  | "to"
  | "names"
  | "data"
  | "story"
  | "actors"
  | "tags"
  | "q"
  | "only"
  | "embed"
  | "file"
  | "lang";

export type UrlProblem =
  | {
      code: "badEncoding" | "tooLong" | "itemTooLong" | "tooManyItems" | "badFlag" | "repeated";
      key: UrlKey;
    }
  | { code: "valueTooLong"; key: UrlKey; length: number }
  | { code: "badId"; key: "event" | "place"; id: string }
  | { code: "emptyId"; key: "event" | "place" }
  | { code: "notOneOf"; key: UrlKey; allowed: readonly string[] }
  | { code: "notADate"; key: "from" | "to"; value: string }
  /** Both bounds are dates, but `to` is before `from`: as the link writes them. */
  | { code: "windowReversed"; from: string; to: string }
  | { code: "badDataAddress"; value: string }
  /** `origin` null: this site's own, refused by a build that opens only its shipped dataset. */
  | { code: "dataOriginRefused"; origin: string | null; rules: readonly OriginRule[] }
  | { code: "fileBesideData" };

/** The parts of the link a problem is about, as the link writes them ("from=2018-13-01"). */
export function linkParts(problem: UrlProblem): string[] {
  switch (problem.code) {
    case "notADate":
      return [`${problem.key}=${problem.value}`];
    case "badId":
      return [`${problem.key}=${problem.id}`];
    case "windowReversed":
      return [`from=${problem.from}`, `to=${problem.to}`];
    case "badDataAddress":
      return [`data=${problem.value}`];
    case "dataOriginRefused":
      return [problem.origin === null ? "data" : `data=${problem.origin}`];
    case "fileBesideData":
      return ["file"];
    default:
      return [problem.key];
  }
}

/** A message of ours that English's later chunk holds: i18next answers it with its key when missing. */
const PROBE = "urlProblem.thisSite";

/**
 * The problems as one text: sentences joined as the language joins them (a space in English and
 * Russian, none after Japanese and Chinese 。), which `Intl.ListFormat`'s narrow unit list does.
 * Without their messages (English's later chunk never came: i18n.ts), one sentence of the first
 * chunk names the parts of the link as written, rather than show a key ("urlProblem.notADate").
 */
export function urlProblemsText(
  problems: readonly UrlProblem[],
  translate: Translate,
  locale: string,
): string {
  if (translate(PROBE) === PROBE || !words) {
    const parts = problems.flatMap(linkParts).join(", ");
    return translate("notices.linkPartsIgnored", { parts });
  }
  return words.wordProblems(problems, translate, locale);
}

/**
 * The code that words each problem (`urlProblemWords.ts`): only a link with a problem needs it, so
 * it comes then, with English's messages for problems (`withProblemWords` in urlState.ts).
 */
let words: typeof import("./urlProblemWords") | null = null;

export function problemWordsIn(): boolean {
  return words !== null;
}

export function loadProblemWords(): Promise<void> {
  return import("./urlProblemWords").then((module) => {
    words = module;
  });
}
