import { useTranslation } from "react-i18next";
import { isPartialDate } from "../data/dates";
import type { DatasetIssue } from "../data/issues";
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
  const dateHint = (value: string) =>
    isPartialDate(value.trim()) ? formatEventDateIn({ start: value.trim() }, lang) : undefined;
  return (
    <div className="editor-row">
      <Field label={t("editor.field.start")} error={errors.start} hint={dateHint(start.value)}>
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="numeric"
            placeholder={t("editor.datePlaceholder")}
            {...start}
          />
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
