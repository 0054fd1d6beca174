import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { ISSUE_SLOT, WithIssue } from "../ui/IssueText";
import { DateRangeFields } from "./DateRangeFields";
import type { EventFields } from "./draft";
import { updateEvent } from "./draft";
import { Field } from "./Field";
import { PlaceChoices } from "./PlaceChoices";
import { isPlaceholderId } from "./placeholderId";
import { quoteStatus } from "./quoteCheck";
import { TranslatedField } from "./TranslationsNote";
import { useDuplicateId } from "./useDuplicateId";
import "./editorMessages";

/** The form of one draft event. Every keystroke goes to the draft; the dataset keeps the last valid form. */
export function EventForm({ index }: { index: number }) {
  const event = useAppStore((state) => state.editor?.history.present.events[index] ?? null);
  const places = useAppStore((state) => state.editor?.history.present.places ?? null);
  const sourceText = useAppStore((state) => state.editor?.history.present.sourceText ?? "");
  const editChange = useAppStore((state) => state.editChange);
  const duplicateId = useDuplicateId("events", index);
  const { t } = useTranslation();
  // Read from the draft when ticked, so the callback stays the same while the other fields change.
  const togglePlace = useCallback(
    (id: string, on: boolean) =>
      editChange((draft) => {
        const chosen = draft.events[index]?.fields.places ?? [];
        const places = on ? [...chosen, id] : chosen.filter((placeId) => placeId !== id);
        return updateEvent(draft, index, { places });
      }, `event:${index}:places`),
    [editChange, index],
  );

  if (!event) return null;
  const { fields, errors } = event;
  const change = (patch: Partial<EventFields>, field: keyof EventFields) =>
    editChange((draft) => updateEvent(draft, index, patch), `event:${index}:${field}`);
  const text = (field: keyof EventFields) => ({
    value: String(fields[field]),
    onChange: (e: { currentTarget: { value: string } }) =>
      change({ [field]: e.currentTarget.value } as Partial<EventFields>, field),
  });
  const quote = quoteStatus(fields.quote, fields.paragraph, sourceText, event.checkedQuote);

  return (
    <form
      className="editor-form"
      aria-label={t("editor.eventForm", { title: fields.title })}
      onSubmit={(e) => e.preventDefault()}
    >
      {(event.valid === null || duplicateId) && (
        <p className="editor-warning" role="status">
          {t("editor.notYetValid")}
        </p>
      )}
      <TranslatedField
        text={{ kind: "event", index, field: "title" }}
        label={t("editor.field.title")}
        error={errors.title}
        hint={
          isPlaceholderId(fields.id, "event") ? t("editor.idStays", { id: fields.id }) : undefined
        }
      >
        {(props) => <input {...props} type="text" {...text("title")} />}
      </TranslatedField>
      <DateRangeFields start={text("start")} end={text("end")} errors={errors} />
      <div className="editor-check">
        <input
          id={`approximate-${index}`}
          type="checkbox"
          checked={fields.approximate}
          onChange={(e) => change({ approximate: e.currentTarget.checked }, "approximate")}
        />
        <label htmlFor={`approximate-${index}`}>{t("editor.approximate")}</label>
      </div>
      <fieldset className="editor-places">
        <legend>{t("editor.field.places")}</legend>
        {errors.places && (
          <p className="editor-error">
            <WithIssue
              text={t("editor.fieldError", { field: t("editor.field.places"), error: ISSUE_SLOT })}
              issue={errors.places}
            />
          </p>
        )}
        <PlaceChoices
          idPrefix={`event-${index}`}
          places={places}
          chosen={fields.places}
          onToggle={togglePlace}
        />
      </fieldset>
      <Field label={t("editor.field.actors")} error={errors.actors} hint={t("editor.separated")}>
        {(props) => <input {...props} type="text" {...text("actors")} />}
      </Field>
      <Field label={t("editor.field.tags")} error={errors.tags} hint={t("editor.separated")}>
        {(props) => <input {...props} type="text" {...text("tags")} />}
      </Field>
      <TranslatedField
        text={{ kind: "event", index, field: "summary" }}
        label={t("editor.field.summary")}
        error={errors.summary}
      >
        {(props) => <textarea {...props} rows={3} {...text("summary")} />}
      </TranslatedField>
      <Field label={t("editor.field.quote")} error={errors.quote}>
        {(props) => <textarea {...props} rows={3} {...text("quote")} />}
      </Field>
      <QuoteMark status={quote} />
      <Field label={t("editor.field.paragraph")} error={errors.paragraph}>
        {(props) => <input {...props} type="text" inputMode="numeric" {...text("paragraph")} />}
      </Field>
      <Field label={t("editor.field.link")} error={errors.link}>
        {(props) => <input {...props} type="url" placeholder="https://" {...text("link")} />}
      </Field>
      <Field
        label={t("editor.field.linkLabel")}
        error={errors.linkLabel}
        hint={t("editor.linkLabelHint")}
      >
        {(props) => <input {...props} type="text" {...text("linkLabel")} />}
      </Field>
      <TranslatedField
        text={{ kind: "event", index, field: "note" }}
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

function QuoteMark({ status }: { status: ReturnType<typeof quoteStatus> }) {
  const { t } = useTranslation();
  if (status.state === "none") return null;
  if (status.state === "no-source") {
    return <p className="editor-hint">{t("editor.quoteNoSource")}</p>;
  }
  if (status.state === "ok" || status.state === "checked-before") {
    return (
      <p className="editor-quote-ok" data-testid="quote-check">
        {t(status.state === "ok" ? "editor.quoteFound" : "editor.quoteCheckedBefore")}
      </p>
    );
  }
  return (
    <p className="editor-error" data-testid="quote-check">
      <WithIssue text={t("editor.quoteNotFound", { message: ISSUE_SLOT })} issue={status.issue} />
    </p>
  );
}
