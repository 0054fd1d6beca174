import { useTranslation } from "react-i18next";
import { isPartialDate } from "../data/dates";
import type { DatasetIssue } from "../data/issues";
import { typedDate } from "../data/typedDate";
import { formatEventDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { Field } from "./Field";
import "./editorMessages";

interface TextInput {
  value: string;
  onChange: (e: { currentTarget: { value: string } }) => void;
}

/**
 * Start and End of an event or a period, side by side: each with its error, or the date as the
 * page's language writes it once it is one (`noEnd` says what an empty End means).
 */
export function DateRangeFields({
  start,
  end,
  errors,
  noEnd,
}: {
  start: TextInput;
  end: TextInput;
  errors: { start?: DatasetIssue; end?: DatasetIssue };
  noEnd?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Read as the draft reads it: 2018年3月21日 and full-width digits are dates too.
  const dateHint = (value: string) => {
    const typed = typedDate(value);
    return isPartialDate(typed) ? formatEventDateIn({ start: typed }, lang) : undefined;
  };
  return (
    <div className="editor-row">
      <Field label={t("editor.field.start")} error={errors.start} hint={dateHint(start.value)}>
        {(props) => (
          // No `inputMode="numeric"`: an iPhone's keypad for it has digits only, no "-" (review
          // 32's suspicion): a date could not be typed there. The End field never had it.
          <input {...props} type="text" placeholder={t("editor.datePlaceholder")} {...start} />
        )}
      </Field>
      <Field
        label={t("editor.field.end")}
        error={errors.end}
        hint={end.value ? dateHint(end.value) : noEnd}
      >
        {(props) => <input {...props} type="text" placeholder={t("editor.optional")} {...end} />}
      </Field>
    </div>
  );
}
