import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { PLACE_KINDS } from "../data/placeKinds";
import type { PlaceKind } from "../data/schema";
import { useAppStore } from "../store/appStore";
import { useCoarsePointer } from "../timeline/useMediaQuery";
import { type PlaceFields, updatePlace } from "./draft";
import { Field } from "./Field";
import { isPlaceholderId } from "./placeholderId";
import { TranslatedField } from "./TranslationsNote";
import { useDuplicateId } from "./useDuplicateId";
import "./editorMessages";

/** The form of one draft place; "Put on the map" waits for a click on the map. */
export function PlaceForm({ index }: { index: number }) {
  const place = useAppStore((state) => state.editor?.history.present.places[index] ?? null);
  const picking = useAppStore((state) => state.editor?.picking === "place");
  const editChange = useAppStore((state) => state.editChange);
  const editSet = useAppStore((state) => state.editSet);
  const duplicateId = useDuplicateId("places", index);
  const touch = useCoarsePointer();
  const { t } = useTranslation();
  if (!place) return null;
  // On a phone the form's "Click the map to place it" lies below the sheet's visible part: the
  // map says it too while placing (review 22; CSS shows it on small screens only).
  const stage = picking ? document.querySelector(".map-stage") : null;
  const { fields, errors } = place;
  const change = (patch: Partial<PlaceFields>, field: keyof PlaceFields) =>
    editChange((draft) => updatePlace(draft, index, patch), `place:${index}:${field}`);
  const text = (field: keyof PlaceFields) => ({
    value: String(fields[field]),
    onChange: (e: { currentTarget: { value: string } }) =>
      change({ [field]: e.currentTarget.value } as Partial<PlaceFields>, field),
  });

  return (
    <form
      className="editor-form"
      aria-label={t("editor.placeForm", { name: fields.name })}
      onSubmit={(e) => e.preventDefault()}
    >
      <TranslatedField
        text={{ kind: "place", index, field: "name" }}
        label={t("editor.field.name")}
        error={errors.name}
        hint={
          isPlaceholderId(fields.id, "place") ? t("editor.idStays", { id: fields.id }) : undefined
        }
      >
        {(props) => <input {...props} type="text" {...text("name")} />}
      </TranslatedField>
      <Field label={t("editor.field.kind")} error={errors.kind}>
        {(props) => (
          <select
            {...props}
            value={fields.kind}
            onChange={(e) => change({ kind: e.currentTarget.value as PlaceKind }, "kind")}
          >
            {PLACE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`details.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* No `inputMode="decimal"`: an iPhone's decimal keypad has no minus sign, and a place west
          or south of zero could not be typed. */}
      <div className="editor-row">
        <Field label={t("editor.field.longitude")} error={errors.longitude}>
          {(props) => <input {...props} type="text" {...text("longitude")} />}
        </Field>
        <Field label={t("editor.field.latitude")} error={errors.latitude}>
          {(props) => <input {...props} type="text" {...text("latitude")} />}
        </Field>
      </div>
      <button
        type="button"
        className="editor-put-on-map"
        aria-pressed={picking}
        onClick={() => editSet({ picking: picking ? null : "place" })}
      >
        {picking ? t(touch ? "editor.pickingTap" : "editor.picking") : t("editor.putOnMap")}
      </button>
      <p className="editor-hint">{t("editor.dragMarker")}</p>
      {stage &&
        createPortal(
          <p className="editor-picking-prompt" aria-hidden="true">
            {t("editor.tapMap")}
          </p>,
          stage,
        )}
      <div className="editor-check">
        <input
          id={`disputed-${index}`}
          type="checkbox"
          checked={fields.disputed}
          onChange={(e) => change({ disputed: e.currentTarget.checked }, "disputed")}
        />
        <label htmlFor={`disputed-${index}`}>{t("editor.disputed")}</label>
      </div>
      <fieldset>
        <legend>{t("editor.otherNames")}</legend>
        <div className="editor-row">
          <Field label={t("editor.field.nameJa")} error={errors.nameJa}>
            {(props) => <input {...props} type="text" {...text("nameJa")} />}
          </Field>
          <Field label={t("editor.field.nameRu")} error={errors.nameRu}>
            {(props) => <input {...props} type="text" {...text("nameRu")} />}
          </Field>
        </div>
        <div className="editor-row">
          <Field label={t("editor.field.nativeJa")} error={errors.nativeJa}>
            {(props) => <input {...props} type="text" lang="ja" {...text("nativeJa")} />}
          </Field>
          <Field label={t("editor.field.nativeRu")} error={errors.nativeRu}>
            {(props) => <input {...props} type="text" lang="ru" {...text("nativeRu")} />}
          </Field>
        </div>
      </fieldset>
      <TranslatedField
        text={{ kind: "place", index, field: "status" }}
        label={t("editor.field.status")}
        error={errors.status}
        hint={t("editor.statusHint")}
      >
        {(props) => <input {...props} type="text" {...text("status")} />}
      </TranslatedField>
      <TranslatedField
        text={{ kind: "place", index, field: "note" }}
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
