import { useTranslation } from "react-i18next";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { useAppStore } from "../store/appStore";
import { selectQuoteCheck } from "./browserQuoteCheck";
import { quoteMark } from "./quoteMark";
import { useOrigin } from "./useOrigin";

/** Beside a quote: whether it was checked against the source, and where that ran. */
export function QuoteMarkLabel({ eventId }: { eventId: string }) {
  const check = useAppStore(selectQuoteCheck);
  const mark = quoteMark(check, eventId);
  const { t } = useTranslation();
  // Only the build's "found" is worded in English's first part: why a quote was not checked
  // (`quoteReason`), a browser's check and a quote not found (`quoteMore`) come later.
  const later = !(check.kind === "checked" && check.by === "build" && mark.status === "checked");
  if (!useLaterMessages(later) && later) {
    if (mark.status !== "not-checked") return null;
    mark.detail = "";
  }
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
