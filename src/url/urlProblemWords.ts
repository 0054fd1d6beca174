/**
 * Each problem of a link as a sentence of the page's language: the code that words them, which
 * only a link with a problem needs (`loadProblemWords` in urlProblem.ts).
 */
import type { Translate } from "../data/issueText";
import type { OriginRule } from "../provenance/dataOrigins";
import type { UrlProblem } from "./urlProblem";

function ruleWords(rule: OriginRule, translate: Translate): string {
  switch (rule.kind) {
    case "self":
      return translate("urlProblem.thisSite");
    case "scheme":
      return translate("urlProblem.anyHttps");
    case "origin":
      return rule.origin;
    case "subdomains":
      return `${rule.scheme}//*.${rule.host}`;
  }
}

/** Items joined as the language joins "a, b and c". */
const listed = (locale: string, items: string[]) =>
  new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

/** One problem as a sentence of the page's language: "Ignored the link's event: …". */
export function urlProblemText(problem: UrlProblem, translate: Translate, locale: string): string {
  switch (problem.code) {
    case "notOneOf":
      return translate("urlProblem.notOneOf", {
        name: translate("urlProblem.key", { key: problem.key }),
        // Each in the language's quotes, listed its way: 「both」、「ja」、「ru」 (ASCII quotes in a
        // Japanese sentence: review 54).
        allowed: listed(
          locale,
          problem.allowed.map((text) => translate("datasetIssueParts.quoted", { text })),
        ),
      });
    case "dataOriginRefused": {
      const where = problem.origin ?? translate("urlProblem.thisSite");
      if (problem.rules.length === 0) return translate("urlProblem.dataOnlyOwn", { where });
      const allowed = listed(
        locale,
        problem.rules.map((rule) => ruleWords(rule, translate)),
      );
      return translate("urlProblem.dataOriginRefused", { where, allowed });
    }
    default: {
      const { code, ...values } = problem;
      const name = "key" in values ? translate("urlProblem.key", { key: values.key }) : "";
      return translate(`urlProblem.${code}`, { ...values, name });
    }
  }
}

/** The problems as one text: sentences joined as the language joins them (`urlProblemsText`). */
export function wordProblems(
  problems: readonly UrlProblem[],
  translate: Translate,
  locale: string,
): string {
  return new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format(
    problems.map((problem) => urlProblemText(problem, translate, locale)),
  );
}
