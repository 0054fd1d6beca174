import { useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { PLACE_KINDS } from "../data/placeKinds";
import type { PlaceKind } from "../data/schema";
import { useAppStore } from "../store/appStore";
import { useCoarsePointer } from "../timeline/useMediaQuery";
import { type CoordinatePair, coordinatePair } from "./coordinatePair";
import { type PlaceFields, updatePlace } from "./draft";
import { Field } from "./Field";
import { isPlaceholderId } from "./placeholderId";
import { TranslatedField } from "./TranslationsNote";
import { useDuplicateId } from "./useDuplicateId";
import "./editorMessages";

type Coordinate = "latitude" | "longitude";

/** The form of one draft place; "Put on the map" waits for a click on the map. */
export function PlaceForm({ index }: { index: number }) {
  const place = useAppStore((state) => state.editor?.history.present.places[index] ?? null);
  const picking = useAppStore((state) => state.editor?.picking === "place");
  const editChange = useAppStore((state) => state.editChange);
  const editSet = useAppStore((state) => state.editSet);
  const duplicateId = useDuplicateId("places", index);
  const announce = useAppStore((state) => state.announce);
  const touch = useCoarsePointer();
  const { t } = useTranslation();
  /** A pair pasted into Latitude or Longitude, and into which (of which place), until the next edit. */
  const [pairRead, setPairRead] = useState<{
    index: number;
    field: Coordinate;
    pair: CoordinatePair;
  } | null>(null);
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

  // "35.68, 139.69" pasted into either field fills both, and says how it was read (review 41 R5).
  const coordinate = (field: Coordinate) => ({
    value: fields[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const typed = e.currentTarget.value;
      const pair = coordinatePair(typed);
      if (!pair) {
        setPairRead(null);
        change({ [field]: typed }, field);
        return;
      }
      const read = { index, field, pair };
      setPairRead(read);
      change({ latitude: String(pair.latitude), longitude: String(pair.longitude) }, field);
      announce(pairSentence(read));
    },
  });
  const pairSentence = ({ pair }: { pair: CoordinatePair }) =>
    t(pair.lonFirst ? "editor.pairReadLonFirst" : "editor.pairRead", {
      latitude: String(pair.latitude),
      longitude: String(pair.longitude),
    });
  // Said while the fields hold what was read: a drag of the marker or an undo makes it untrue.
  const pairHint = (field: Coordinate) =>
    pairRead?.index === index &&
    pairRead.field === field &&
    fields.latitude === String(pairRead.pair.latitude) &&
    fields.longitude === String(pairRead.pair.longitude)
      ? pairSentence(pairRead)
      : undefined;

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
          or south of zero could not be typed. Latitude first, the order most sources give. */}
      <div className="editor-row">
        <Field
          label={t("editor.field.latitude")}
          error={errors.latitude}
          hint={pairHint("latitude")}
        >
          {(props) => <input {...props} type="text" {...coordinate("latitude")} />}
        </Field>
        <Field
          label={t("editor.field.longitude")}
          error={errors.longitude}
          hint={pairHint("longitude")}
        >
          {(props) => <input {...props} type="text" {...coordinate("longitude")} />}
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
