import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { DateRangeFields } from "./DateRangeFields";
import { type PeriodFields, updatePeriod } from "./draft";
import { Field } from "./Field";
import { startsAfterEvents } from "./periodEnd";
import { TranslatedField } from "./TranslationsNote";
import { useDuplicateId } from "./useDuplicateId";
import "./editorMessages";

/** The form of one draft period; the timeline keeps its last valid band while a field is wrong. */
export function PeriodForm({ index }: { index: number }) {
  const period = useAppStore((state) => state.editor?.history.present.periods[index] ?? null);
  const editChange = useAppStore((state) => state.editChange);
  const duplicateId = useDuplicateId("periods", index);
  // The draft's events' last moment (its preview's index), undefined with none.
  const eventsEnd = useAppStore((state) =>
    state.index && state.index.events.length > 0 ? state.index.extent.end : undefined,
  );
  const { t } = useTranslation();
  if (!period) return null;
  const { fields, errors } = period;
  const text = (field: keyof PeriodFields) => ({
    value: fields[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      editChange(
        (draft) => updatePeriod(draft, index, { [field]: value }),
        `period:${index}:${field}`,
      );
    },
  });

  return (
    <form
      className="editor-form"
      aria-label={t("editor.periods.form", { title: fields.title })}
      onSubmit={(e) => e.preventDefault()}
    >
      {(period.valid === null || duplicateId) && (
        <p className="editor-warning" role="status">
          {t("editor.notYetValid")}
        </p>
      )}
      <TranslatedField
        text={{ kind: "period", index, field: "title" }}
        label={t("editor.field.title")}
        error={errors.title}
      >
        {(props) => <input {...props} type="text" {...text("title")} />}
      </TranslatedField>
      <DateRangeFields
        start={text("start")}
        end={text("end")}
        errors={errors}
        noEnd={t(
          startsAfterEvents(fields.start, fields.end, eventsEnd)
            ? "editor.periods.noEndAfterEvents"
            : "editor.periods.noEnd",
        )}
      />
      <TranslatedField
        text={{ kind: "period", index, field: "note" }}
        label={t("editor.field.note")}
        error={errors.note}
      >
        {(props) => <textarea {...props} rows={2} {...text("note")} />}
      </TranslatedField>
      <Field label={t("editor.field.id")} error={errors.id ?? duplicateId}>
        {(props) => <input {...props} type="text" {...text("id")} />}
      </Field>
    </form>
  );
}
