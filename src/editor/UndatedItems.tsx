import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UndatedItem } from "../data/schema";
import { focusSoon } from "../details/focusDetails";
import { useNames } from "../details/useNames";
import { DATASET_LANGUAGE, datasetWordsLang } from "../i18n/datasetText";
import { appStore, useAppStore } from "../store/appStore";
import { DELETED_NOTICE } from "../store/editorSlice";
import { eventTitle } from "../store/selectors";
import { DateRangeFields } from "./DateRangeFields";
import { DraftList } from "./DraftList";
import {
  dateUndated,
  deleteUndated,
  setUndatedPlaces,
  type TypedDates,
  undatedAtPlace,
} from "./draftUndated";
import { focusAfterDeleteSoon } from "./editorFocus";
import { PlaceChoices } from "./PlaceChoices";
import "./editorMessages";

const NONE: readonly UndatedItem[] = [];

/**
 * The draft's undated items, under the events (an imported StoryMapJS map is all of them): listed,
 * and the open one with its dates to type, Give it a date (it becomes an event, in the event
 * form) and Delete. The editor showed them nowhere: they could only be typed again as events.
 * One Tab stop, as the events' list (`DraftList`). A place clicked on the map opens its item.
 */
export function UndatedItems() {
  const undated = useAppStore((state) => state.editor?.history.present.undated ?? NONE);
  // An event's form open closes the item's: one form at a time, the event's above.
  const eventOpen = useAppStore((state) => (state.editor?.eventIndex ?? null) !== null);
  const [open, setOpen] = useState<number | null>(null);
  const { t } = useTranslation();
  const { lang, perspective } = useNames();
  const index = useAppStore((state) => state.index);
  const headingId = useId();
  // A place clicked on the map (no event's form open: then the click is the event's) opens its
  // undated item, shown beside the list: it has no mark on the timeline to be opened from.
  useEffect(
    () =>
      appStore.subscribe(
        (state) => state.selectedPlaceId,
        (placeId) => {
          const editor = appStore.getState().editor;
          if (placeId === null || !editor || editor.eventIndex !== null) return;
          const items = editor.history.present.undated;
          setOpen((before) => undatedAtPlace(items, placeId, before) ?? before);
          requestAnimationFrame(() =>
            document
              .querySelector(".editor-undated .editor-form")
              ?.scrollIntoView({ block: "nearest" }),
          );
        },
      ),
    [],
  );
  if (undated.length === 0) return null;
  const draftLang = datasetWordsLang(lang);
  const openItem = !eventOpen && open !== null && undated[open] ? open : null;
  const choose = (i: number) => {
    appStore.getState().editSet({ eventIndex: null });
    setOpen(i);
  };
  return (
    <section className="editor-undated" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("editor.undated.heading", { count: undated.length })}</h3>
      <p className="editor-hint">{t("editor.undated.hint")}</p>
      <DraftList
        label={t("editor.undated.list")}
        count={undated.length}
        open={openItem}
        onChoose={choose}
        row={(i) => {
          const item = undated[i];
          if (!item) return null;
          return {
            title: eventTitle(index, perspective, item, DATASET_LANGUAGE) || t("editor.untitled"),
            lang: item.title ? draftLang : undefined,
            meta:
              item.places.length === 0 ? (
                <span className="editor-flag">{t("editor.undated.noPlace")}</span>
              ) : (
                t("editor.undated.places", { count: item.places.length })
              ),
          };
        }}
      />
      {openItem !== null && (
        <UndatedForm key={openItem} index={openItem} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}

/** The open undated item: its dates to type, its places, Give it a date, and Delete. */
function UndatedForm({ index, onClose }: { index: number; onClose: () => void }) {
  const item = useAppStore((state) => state.editor?.history.present.undated[index] ?? null);
  const places = useAppStore((state) => state.editor?.history.present.places ?? null);
  const editChange = useAppStore((state) => state.editChange);
  // Read from the draft when ticked, as the event form's: the same callback while the dates change.
  const togglePlace = useCallback(
    (id: string, on: boolean) =>
      editChange((draft) => {
        const chosen = draft.undated[index]?.places ?? [];
        const next = on ? [...chosen, id] : chosen.filter((placeId) => placeId !== id);
        return setUndatedPlaces(draft, index, next);
      }, `undated:${index}:places`),
    [editChange, index],
  );
  const [dates, setDates] = useState<TypedDates>({ start: "", end: "" });
  const [tried, setTried] = useState(false);
  const { t } = useTranslation();
  if (!item) return null;
  const { editSet, selectEvent, notify } = appStore.getState();
  // Checked as the event form checks them, once a date is typed (or Give it a date pressed).
  const draft = appStore.getState().editor?.history.present;
  const check = draft && (tried || dates.start.trim() !== "") && dateUndated(draft, index, dates);
  const errors = check && !check.ok ? check.errors : {};
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
    const title = item.title;
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
  return (
    <form
      className="editor-form"
      aria-label={t("editor.undated.form", { title: item.title })}
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
      {item.displayDate && (
        <p className="editor-hint">{t("editor.undated.written", { date: item.displayDate })}</p>
      )}
      <DateRangeFields start={dateInput("start")} end={dateInput("end")} errors={errors} />
      <fieldset className="editor-places">
        <legend>{t("editor.field.places")}</legend>
        <PlaceChoices
          idPrefix={`undated-${index}`}
          places={places}
          chosen={item.places}
          onToggle={togglePlace}
        />
      </fieldset>
      <div className="editor-actions">
        <button type="submit">{t("editor.undated.giveDate")}</button>
        <button type="button" onClick={remove}>
          {t("editor.undated.delete")}
        </button>
      </div>
    </form>
  );
}
