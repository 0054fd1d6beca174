import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusSoon } from "../details/focusDetails";
import { appStore, useAppStore } from "../store/appStore";
import { DELETED_NOTICE } from "../store/editorSlice";
import { DateRangeFields } from "./DateRangeFields";
import type { UndatedFields } from "./draft";
import {
  dateUndated,
  deleteUndated,
  setUndatedPlaces,
  type TypedDates,
  updateUndated,
} from "./draftUndated";
import { focusAfterDeleteSoon } from "./editorFocus";
import { PlaceChoices } from "./PlaceChoices";
import { TranslatedField } from "./TranslationsNote";
import "./editorMessages";

/**
 * The open undated item: its title, its dates to type, its places, its summary and note, Give it
 * a date, and Delete. Its texts are the event form's fields, kept in the draft as typed (undo, a
 * reload) with their messages; given a date, the event form has them as they were typed.
 */
export function UndatedForm({ index, onClose }: { index: number; onClose: () => void }) {
  const item = useAppStore((state) => state.editor?.history.present.undated[index] ?? null);
  const places = useAppStore((state) => state.editor?.history.present.places ?? null);
  const editChange = useAppStore((state) => state.editChange);
  // Read from the draft when ticked, as the event form's: the same callback while the dates change.
  const togglePlace = useCallback(
    (id: string, on: boolean) =>
      editChange((draft) => {
        const chosen = draft.undated[index]?.valid.places ?? [];
        const next = on ? [...chosen, id] : chosen.filter((placeId) => placeId !== id);
        return setUndatedPlaces(draft, index, next);
      }, `undated:${index}:places`),
    [editChange, index],
  );
  const [dates, setDates] = useState<TypedDates>({ start: "", end: "" });
  const [tried, setTried] = useState(false);
  const { t } = useTranslation();
  if (!item) return null;
  const { fields, errors } = item;
  const { editSet, selectEvent, notify } = appStore.getState();
  // Checked as the event form checks them, once a date is typed (or Give it a date pressed).
  const draft = appStore.getState().editor?.history.present;
  const check = draft && (tried || dates.start.trim() !== "") && dateUndated(draft, index, dates);
  const dateErrors = check && !check.ok ? check.errors : {};
  const giveDate = () => {
    setTried(true);
    const now = appStore.getState().editor?.history.present;
    const dated = now && dateUndated(now, index, dates);
    if (!dated?.ok) return;
    onClose();
    editChange(() => dated.draft);
    editSet({ eventIndex: dated.index, tab: "events" });
    const id = dated.draft.events[dated.index]?.valid?.id;
    if (id) selectEvent(id);
    // On to the event's form, which edits the rest of it.
    focusSoon([() => document.querySelector<HTMLElement>(".editor-form input")], 0, {
      take: true,
    });
  };
  const remove = () => {
    const title = fields.title || item.valid.title;
    onClose();
    editChange((d) => deleteUndated(d, index));
    focusAfterDeleteSoon();
    notify({
      id: DELETED_NOTICE,
      kind: "info",
      text: (t) => t("editor.undated.deleted", { title }),
    });
  };
  const dateInput = (field: keyof TypedDates) => ({
    value: dates[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDates((before) => ({ ...before, [field]: value }));
    },
  });
  // Each text's typing is one step of Undo, as an event's field's.
  const text = (field: keyof UndatedFields) => ({
    value: fields[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      editChange((d) => updateUndated(d, index, { [field]: value }), `undated:${index}:${field}`);
    },
  });
  const translated = (field: keyof UndatedFields) => ({ kind: "undated" as const, index, field });
  return (
    <form
      className="editor-form"
      aria-label={t("editor.undated.form", { title: fields.title })}
      onSubmit={(e) => {
        e.preventDefault();
        giveDate();
      }}
      onKeyDown={(e) => {
        // Enter in Find a place finds; it gave the item a date (the form's submit).
        if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type === "search")
          e.preventDefault();
      }}
    >
      <p className="editor-hint">{t("editor.undated.formHint")}</p>
      {Object.keys(errors).length > 0 && (
        <p className="editor-warning" role="status">
          {t("editor.undated.keptValid")}
        </p>
      )}
      <TranslatedField
        text={translated("title")}
        label={t("editor.field.title")}
        error={errors.title}
      >
        {(props) => <input {...props} type="text" {...text("title")} />}
      </TranslatedField>
      {item.valid.displayDate && (
        <p className="editor-hint">
          {t("editor.undated.written", { date: item.valid.displayDate })}
        </p>
      )}
      <DateRangeFields start={dateInput("start")} end={dateInput("end")} errors={dateErrors} />
      <fieldset className="editor-places">
        <legend>{t("editor.field.places")}</legend>
        <PlaceChoices
          idPrefix={`undated-${index}`}
          places={places}
          chosen={item.valid.places}
          onToggle={togglePlace}
        />
      </fieldset>
      <TranslatedField
        text={translated("summary")}
        label={t("editor.field.summary")}
        error={errors.summary}
      >
        {(props) => <textarea {...props} rows={3} {...text("summary")} />}
      </TranslatedField>
      <TranslatedField text={translated("note")} label={t("editor.field.note")} error={errors.note}>
        {(props) => <textarea {...props} rows={2} {...text("note")} />}
      </TranslatedField>
      <div className="editor-actions">
        <button type="submit">{t("editor.undated.giveDate")}</button>
        <button type="button" onClick={remove}>
          {t("editor.undated.delete")}
        </button>
      </div>
    </form>
  );
}
