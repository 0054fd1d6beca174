import { useTranslation } from "react-i18next";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { useAppStore } from "../store/appStore";
import { selectQuoteCheck } from "./browserQuoteCheck";
import { quoteMark } from "./quoteMark";
import { useOrigin } from "./useOrigin";

/** Beside a quote: whether it was checked against the source, and where that ran. */
export function QuoteMarkLabel({ eventId }: { eventId: string }) {
  const mark = quoteMark(useAppStore(selectQuoteCheck), eventId);
  const { t } = useTranslation();
  // Why a quote was not checked is worded in English's later part (`quoteReason`).
  const unchecked = mark.status === "not-checked";
  if (!useLaterMessages(unchecked) && unchecked) mark.detail = "";
  return (
    <p className={`quote-mark is-${mark.status}`} data-testid="quote-mark" title={mark.detail}>
      <span aria-hidden="true">
        {mark.status === "checked" ? "✓ " : mark.status === "mismatch" ? "✗ " : ""}
      </span>
      {mark.label}
      {/* The label's sentence ended as the page's language ends one (。 in Japanese and Chinese). */}
      <span className="visually-hidden">
        {t("details.sourceEnd")} {mark.detail}
      </span>
    </p>
  );
}

/** In the event details: where this data comes from, for a dataset that is not the site's own. */
export function DetailsOrigin() {
  const words = useOrigin();
  if (!words) return null;
  return (
    <p
      className={`details-origin${words.foreign ? " is-foreign" : ""}`}
      data-testid="details-origin"
    >
      {words.banner}
    </p>
  );
}
