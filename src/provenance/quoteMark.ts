/**
 * The words beside a quote: whether it was checked, how and against what, in
 * the interface's language. Apart from quoteCheck.ts, which the build runs
 * too and which must not load the interface's messages.
 */
import { i18n, t } from "../i18n/i18n";
import type { QuoteCheck } from "./quoteCheck";

export interface QuoteMark {
  status: "checked" | "mismatch" | "checking" | "not-checked";
  /** Short words beside the quote. */
  label: string;
  /** How and against what, for who asks. */
  detail: string;
}

function shortHash(sha256: string | null): string {
  return sha256 ? ` (SHA-256 ${sha256.slice(0, 12)}…)` : "";
}

/** The mark beside one event's quote. */
export function quoteMark(check: QuoteCheck, eventId: string): QuoteMark {
  switch (check.kind) {
    case "not-checked":
      return {
        status: "not-checked",
        label: t("quote.notChecked"),
        // A reason that is not a message key (a test's, an older build's) is shown as it is.
        detail: i18n.exists(check.reason) ? t(check.reason, check.values) : check.reason,
      };
    case "checking":
      return {
        status: "checking",
        label: t("quoteMore.checking"),
        detail: t("quoteMore.comparing", { against: check.against }),
      };
    case "checked": {
      const hash = shortHash(check.sha256);
      const where =
        check.by === "build"
          ? t("quote.whereBuild", { hash })
          : t("quoteMore.whereBrowser", { against: check.against, hash });
      if (check.mismatched.has(eventId)) {
        return {
          status: "mismatch",
          label: t("quoteMore.notFound"),
          detail: t("quoteMore.mismatchDetail", { where }),
        };
      }
      return {
        status: "checked",
        label: t("quote.checked"),
        detail: t("quote.checkedDetail", { where }),
      };
    }
  }
}
