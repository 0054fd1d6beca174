import { useMemo, useState } from "react";
import { formatEventDate, isPartialDate } from "../data/dates";
import { useAppStore } from "../store/appStore";
import type { EventFields } from "./draft";
import { updateEvent } from "./draft";
import { Field } from "./Field";
import { quoteStatus } from "./quoteCheck";

/** The form of one draft event. Every keystroke goes to the draft; the dataset keeps the last valid form. */
export function EventForm({ index }: { index: number }) {
  const event = useAppStore((state) => state.editor?.history.present.events[index] ?? null);
  const places = useAppStore((state) => state.editor?.history.present.places ?? null);
  const sourceText = useAppStore((state) => state.editor?.history.present.sourceText ?? "");
  const editChange = useAppStore((state) => state.editChange);
  const [placeFilter, setPlaceFilter] = useState("");

  const placeOptions = useMemo(() => {
    const needle = placeFilter.trim().toLowerCase();
    return (places ?? []).filter(
      (place) =>
        needle === "" ||
        place.fields.name.toLowerCase().includes(needle) ||
        place.fields.id.includes(needle),
    );
  }, [places, placeFilter]);

  if (!event) return null;
  const { fields, errors } = event;
  const change = (patch: Partial<EventFields>, field: keyof EventFields) =>
    editChange((draft) => updateEvent(draft, index, patch), `event:${index}:${field}`);
  const text = (field: keyof EventFields) => ({
    value: String(fields[field]),
    onChange: (e: { currentTarget: { value: string } }) =>
      change({ [field]: e.currentTarget.value } as Partial<EventFields>, field),
  });
  const dateHint = (value: string) =>
    isPartialDate(value.trim()) ? formatEventDate({ start: value.trim() }) : undefined;
  const quote = quoteStatus(fields.quote, fields.paragraph, sourceText);
  const togglePlace = (id: string, on: boolean) =>
    change(
      { places: on ? [...fields.places, id] : fields.places.filter((placeId) => placeId !== id) },
      "places",
    );

  return (
    <form
      className="editor-form"
      aria-label={`Event: ${fields.title}`}
      onSubmit={(e) => e.preventDefault()}
    >
      {event.valid === null && (
        <p className="editor-warning" role="status">
          Not on the timeline yet: fix the fields marked below.
        </p>
      )}
      <Field label="Title" error={errors.title}>
        {(props) => <input {...props} type="text" {...text("title")} />}
      </Field>
      <div className="editor-row">
        <Field label="Start" error={errors.start} hint={dateHint(fields.start)}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              {...text("start")}
            />
          )}
        </Field>
        <Field label="End" error={errors.end} hint={fields.end ? dateHint(fields.end) : undefined}>
          {(props) => <input {...props} type="text" placeholder="optional" {...text("end")} />}
        </Field>
      </div>
      <div className="editor-check">
        <input
          id={`approximate-${index}`}
          type="checkbox"
          checked={fields.approximate}
          onChange={(e) => change({ approximate: e.currentTarget.checked }, "approximate")}
        />
        <label htmlFor={`approximate-${index}`}>Approximate (“mid-April”, “c. 1950”)</label>
      </div>
      <fieldset className="editor-places">
        <legend>Places</legend>
        {errors.places && <p className="editor-error">Places: {errors.places}</p>}
        <input
          type="search"
          aria-label="Find a place"
          placeholder="Find a place"
          value={placeFilter}
          onChange={(e) => setPlaceFilter(e.currentTarget.value)}
        />
        <ul>
          {placeOptions.map((place) => (
            <li key={place.fields.id}>
              <input
                id={`event-${index}-place-${place.fields.id}`}
                type="checkbox"
                checked={fields.places.includes(place.fields.id)}
                onChange={(e) => togglePlace(place.fields.id, e.currentTarget.checked)}
              />
              <label htmlFor={`event-${index}-place-${place.fields.id}`}>{place.fields.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field label="Actors" error={errors.actors} hint="Separated by ;">
        {(props) => <input {...props} type="text" {...text("actors")} />}
      </Field>
      <Field label="Tags" error={errors.tags} hint="Separated by ;">
        {(props) => <input {...props} type="text" {...text("tags")} />}
      </Field>
      <Field label="Summary" error={errors.summary}>
        {(props) => <textarea {...props} rows={3} {...text("summary")} />}
      </Field>
      <Field label="Quote" error={errors.quote}>
        {(props) => <textarea {...props} rows={3} {...text("quote")} />}
      </Field>
      <QuoteMark status={quote} />
      <Field label="Paragraph" error={errors.paragraph}>
        {(props) => <input {...props} type="text" inputMode="numeric" {...text("paragraph")} />}
      </Field>
      <Field label="Link" error={errors.link}>
        {(props) => <input {...props} type="url" placeholder="https://" {...text("link")} />}
      </Field>
      <Field label="Note" error={errors.note}>
        {(props) => <textarea {...props} rows={2} {...text("note")} />}
      </Field>
      <Field label="Id (used in links)" error={errors.id}>
        {(props) => <input {...props} type="text" {...text("id")} />}
      </Field>
    </form>
  );
}

function QuoteMark({ status }: { status: ReturnType<typeof quoteStatus> }) {
  if (status.state === "none") return null;
  if (status.state === "no-source") {
    return <p className="editor-hint">Quote not checked: add the source text in the Source tab.</p>;
  }
  if (status.state === "ok") {
    return (
      <p className="editor-quote-ok" data-testid="quote-check">
        ✓ Found verbatim in the source
      </p>
    );
  }
  return (
    <p className="editor-error" data-testid="quote-check">
      Not in the source: {status.message}
    </p>
  );
}
