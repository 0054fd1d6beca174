import { type FocusEvent, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { focusDetailsSoon, focusSoon } from "../details/focusDetails";
import { useNames } from "../details/useNames";
import { DATASET_LANGUAGE, datasetWordsLang } from "../i18n/datasetText";
import { formatEventDateIn } from "../i18n/formatDate";
import { currentLocale, i18n } from "../i18n/i18n";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { shownMap } from "../map/shownMap";
import { appStore, useAppStore } from "../store/appStore";
import { DELETED_NOTICE, type EditorTab } from "../store/editorSlice";
import { eventTitle } from "../store/selectors";
import { AutosaveOff } from "./AutosaveOff";
import { DraftList } from "./DraftList";
import { downloadDraft } from "./downloadDraft";
import {
  addEvent,
  addPeriod,
  addPlace,
  type Draft,
  deleteEvent,
  deletePeriod,
  deletePlace,
  duplicateEvent,
  duplicateIndexes,
  itemsNamingPlace,
  newStoryDraft,
  setTitle,
  storyNeeds,
  titleField,
} from "./draft";
import { canRedo, canUndo, hasWorkToLose } from "./draftHistory";
import { useEditorActions } from "./EditorActions";
import { EventForm } from "./EventForm";
import {
  EDITOR_REDO_ID,
  EDITOR_TITLE_ID,
  EDITOR_UNDO_ID,
  focusAfterDeleteSoon,
  focusAfterDiscardSoon,
  focusAfterStepSoon,
} from "./editorFocus";
import { Field } from "./Field";
import { deletedNotice } from "./historyStep";
import { PeriodForm } from "./PeriodForm";
import { PlaceForm } from "./PlaceForm";
import { ProblemsFlag } from "./ProblemsFlag";
import { quoteStatus } from "./quoteCheck";
import { rovingIndex } from "./rovingIndex";
import { SourcePanel } from "./SourcePanel";
import { TranslationsNote, translationsNoteId } from "./TranslationsNote";
import { translationsOf } from "./translations";
import { UndatedItems } from "./UndatedItems";
import "./editor.css";
import "./editorMessages";
import { nameEditMarker } from "./bindEditorMap";
import { followEditedPlace } from "./followEditedPlace";

// The map marker of the place being edited, named in the page's language when it comes.
nameEditMarker(() => i18n.t("editor.editMarker"));

/** The story's title, as a text its translations follow. */
const STORY = { kind: "story" } as const;

/** The tabs; each is named by the message `editor.tab.<id>`. */
const TABS: readonly EditorTab[] = ["events", "places", "periods", "source"];

/** The story's title field, which New story asks the author to fill. */
const STORY_TITLE_ID = "editor-story-title";
/** The questions before work is lost, and the ids of the buttons that ask them. */
type Confirming = "newStory" | "discard";
const CONFIRM_ID: Record<Confirming, string> = {
  newStory: "editor-new-story",
  discard: "editor-discard",
};

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString(currentLocale(), { hour: "2-digit", minute: "2-digit" });
}

/**
 * Add event, place or period, and New story: `change` rendered at once, and the new item's first
 * field (its Title or Name) focused in the same task, the placeholder ("New event") selected so
 * that typing names it (focus stayed on Add event, with Duplicate, Delete and every event of the
 * list before the Title; on Add place, while the map waited for a click). Focused on the next
 * frame instead, keys typed while the draft rendered (0.5–1.5 s on this machine) went to the
 * button: "Leave Paris" was saved as "eave Paris", and a space pressed New story again. Here,
 * not in editorFocus.ts, which the first download carries for the Edit button.
 */
function changeThenFocus(
  change: () => void,
  field: () => HTMLInputElement | null = () =>
    document.querySelector<HTMLInputElement>(".editor-form input"),
): void {
  flushSync(change);
  const input = field();
  if (!input) {
    focusSoon([field], 0, { take: true });
    return;
  }
  input.focus({ preventScroll: true });
  input.select();
}

/**
 * Whatever takes focus in the editor is scrolled into its box, as little as will show it whole: a
 * phone's editor is a short sheet (245–470 px at 390×844), and a field focused by the editor itself
 * (Add event's Title, New story's question, `changeThenFocus`: `preventScroll`, so that a desktop's
 * page does not jump) or by Tab (the browser shows only a text box's caret line) stayed under the
 * timeline, out of sight (review 19).
 */
function keepInSight(event: FocusEvent<HTMLElement>): void {
  if (event.target instanceof HTMLElement) event.target.scrollIntoView?.({ block: "nearest" });
}

/** Where a new period starts and ends: the middle half of the timeline's view, so it shows there. */
function viewMiddle(): [string, string] {
  const view = appStore.getState().timeWindow;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (!view) {
    const year = String(new Date().getUTCFullYear());
    return [year, year];
  }
  const span = view.end - view.start;
  return [day(view.start + span / 4), day(view.end - span / 4)];
}

/** Edit mode, in the details region: the draft's events, places, periods and source, with undo and autosave. */
export function EditorPanel() {
  const editor = useAppStore((state) => state.editor);
  // Store actions are stable: read once, not subscribed.
  const { editUndo, editRedo, editStop, editSet, editChange, selectEvent, notify, announce } =
    appStore.getState();
  const discard = useDiscard();
  const { lang, perspective } = useNames();
  const index = useAppStore((state) => state.index);
  // The draft's titles are in its own language, and so are the places named in them: a Japanese
  // page's list read "…and the 歯舞群島 at the end of World War II" (review 26).
  const titleOf = (fields: Parameters<typeof eventTitle>[2]) =>
    eventTitle(index, perspective, fields, DATASET_LANGUAGE);
  const { t } = useTranslation();
  // The draft is the dataset's own text: on a page in another language, it says which it is in.
  const draftLang = datasetWordsLang(lang);

  // New story and Discard draft ask first when the draft holds work they would lose.
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  // The page made shorter with a field focused (a phone's on-screen keyboard coming up) left the
  // field under the timeline, out of sight (review 37 R3): it is brought back into the sheet.
  useEffect(() => {
    const onResize = () => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.closest(".editor"))
        focused.scrollIntoView?.({ block: "nearest" });
    };
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  // The map follows a place's typed coordinates, and shows the world for a story without places.
  useEffect(() => followEditedPlace(appStore, shownMap), []);

  // The open form's event, once valid, is selected if nothing is: a new story's first event is
  // then framed by the timeline as soon as it has a title and a date (useFollowSelection follows
  // it into view once the draft is re-indexed with it).
  const openEventId = useAppStore((state) => {
    const index = state.editor?.eventIndex;
    return index == null ? null : (state.editor?.history.present.events[index]?.valid?.id ?? null);
  });
  useEffect(() => {
    if (openEventId === null || appStore.getState().selectedEventId !== null) return;
    appStore.getState().selectEvent(openEventId);
  }, [openEventId]);

  // A selection on the timeline or map opens that event's form, on the Events tab; the one the
  // panel opens with (the link's, after a reload) keeps the tab the reload reopened.
  const selectedEventId = useAppStore((state) => state.selectedEventId);
  const opened = useRef(false);
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (selectedEventId === null) return;
    const events = appStore.getState().editor?.history.present.events ?? [];
    const index = events.findIndex((event) => event.valid?.id === selectedEventId);
    if (index !== -1 && index !== appStore.getState().editor?.eventIndex) {
      appStore
        .getState()
        .editSet(first ? { eventIndex: index } : { eventIndex: index, tab: "events" });
    }
  }, [selectedEventId]);

  // The blank story New story made last: while it is the draft, untouched, it has nothing to lose.
  const blankStory = useRef<object | null>(null);

  if (!editor) return null;
  const draft = editor.history.present;
  const { tab, eventIndex, placeIndex, autosave } = editor;
  const periodIndex =
    editor.periodIndex !== null && draft.periods[editor.periodIndex] ? editor.periodIndex : null;
  const needs = storyNeeds(draft);
  const storyTitle = titleField(draft);
  // Items the story leaves out for an id an earlier one has: flagged as a problem in the lists.
  const duplicates = {
    events: duplicateIndexes(draft, "events"),
    places: duplicateIndexes(draft, "places"),
    periods: duplicateIndexes(draft, "periods"),
  };

  const chooseEvent = (index: number, from = draft) => {
    editSet({ eventIndex: index });
    // An event not yet valid (Add event's, undated) is on no timeline: the one selected before
    // is let go, and this one is selected once it validates, as New story's first event is.
    selectEvent(from.events[index]?.valid?.id ?? null);
  };
  // As Download → JSON writes a story: without the index's order and interval in each event.
  const download = () => downloadDraft(draft);
  // The old draft stays one Undo away; the new one replaces it in storage as any change does.
  const startNewStory = () => {
    const story = newStoryDraft(t("editor.newStory.placeholderTitle"));
    blankStory.current = story.draft;
    const title = () => document.getElementById(STORY_TITLE_ID) as HTMLInputElement | null;
    changeThenFocus(() => {
      editChange(() => story.draft);
      editSet({
        tab: "events",
        eventIndex: story.index,
        placeIndex: null,
        periodIndex: null,
        picking: null,
        restoredAt: null,
      });
      selectEvent(null);
      setConfirming(null);
      // The live region still said the story on show before was opened (review 41 R6).
      announce(t("editor.newStory.announce", { title: story.draft.meta.title }));
    }, title);
  };
  const workToLose = () =>
    draft !== blankStory.current && hasWorkToLose(editor.history, editor.restoredAt !== null);
  /** Ask first (focus on the question's Cancel), or go ahead when there is nothing to lose. */
  const askOr = (which: Confirming, go: () => void) => {
    if (!workToLose()) return go();
    setConfirming(which);
    focusSoon([() => document.getElementById(`${CONFIRM_ID[which]}-cancel`)], 0, { take: true });
  };
  const cancelConfirm = () => {
    const which = confirming;
    setConfirming(null);
    if (which) focusSoon([() => document.getElementById(CONFIRM_ID[which])], 0, { take: true });
  };

  return (
    <section className="editor" aria-labelledby={EDITOR_TITLE_ID} onFocus={keepInSight}>
      <div className="editor-head">
        <h2 id={EDITOR_TITLE_ID} tabIndex={-1}>
          {t("editor.heading")}
        </h2>
        <div className="editor-actions">
          <button
            type="button"
            id={EDITOR_UNDO_ID}
            onClick={() => {
              editUndo();
              focusAfterStepSoon("undo");
            }}
            disabled={!canUndo(editor.history)}
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            {t("editor.undo")}
          </button>
          <button
            type="button"
            id={EDITOR_REDO_ID}
            onClick={() => {
              editRedo();
              focusAfterStepSoon("redo");
            }}
            disabled={!canRedo(editor.history)}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          >
            {t("editor.redo")}
          </button>
          <button type="button" onClick={download}>
            {t("editor.downloadJson")}
          </button>
          <button
            type="button"
            onClick={() => {
              editStop({ park: true });
              // The details come back, showing the event that was edited.
              focusDetailsSoon();
            }}
          >
            {t("editor.done")}
          </button>
          <button
            type="button"
            id={CONFIRM_ID.discard}
            aria-expanded={confirming === "discard"}
            aria-controls={confirming === "discard" ? `${CONFIRM_ID.discard}-confirm` : undefined}
            onClick={() => askOr("discard", discard)}
          >
            {t("editor.discardDraft")}
          </button>
          <button
            type="button"
            id={CONFIRM_ID.newStory}
            aria-expanded={confirming === "newStory"}
            aria-controls={confirming === "newStory" ? `${CONFIRM_ID.newStory}-confirm` : undefined}
            onClick={() => askOr("newStory", startNewStory)}
          >
            {t("editor.newStory.button")}
          </button>
        </div>
        {confirming && (
          <LoseWorkConfirm
            which={confirming}
            title={draft.meta.title}
            onGo={confirming === "newStory" ? startNewStory : discard}
            onCancel={cancelConfirm}
            onDownload={download}
          />
        )}
        {/* Kept when autosave is off, empty of its time then, so that nothing under it moves. */}
        <AutosaveLine
          status={autosave}
          restoredAt={editor.restoredAt}
          onDiscard={() => askOr("discard", discard)}
        />
        {editor.otherTab && (
          <p className="editor-warning" role="alert">
            {t("editor.otherTab")}
          </p>
        )}
        <Field id={STORY_TITLE_ID} label={t("editor.storyTitle")} error={storyTitle.error}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={storyTitle.value}
              aria-describedby={
                [
                  props["aria-describedby"],
                  needs.length > 0 ? "editor-needs" : undefined,
                  translationsOf(draft, STORY).langs.length > 0
                    ? translationsNoteId(STORY)
                    : undefined,
                ]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              onChange={(e) => {
                const title = e.currentTarget.value;
                editChange((d) => setTitle(d, title), "title");
              }}
            />
          )}
        </Field>
        <TranslationsNote text={STORY} />
        {needs.length > 0 && <StoryNeeds draft={draft} needs={needs} />}
      </div>
      <div className="editor-tabs" role="tablist" aria-label={t("editor.edit")}>
        {TABS.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            id={`editor-tab-${item}`}
            aria-selected={tab === item}
            aria-controls={`editor-panel-${item}`}
            tabIndex={tab === item ? 0 : -1}
            onClick={() => editSet({ tab: item })}
            onKeyDown={(e) => {
              if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
              // ← → round the tabs, Home and End to the first and last (Home and End did nothing).
              const to = rovingIndex(e.key, TABS.indexOf(tab), TABS.length, "row");
              if (to === null) return;
              e.preventDefault();
              const next = TABS[to];
              if (next) {
                editSet({ tab: next });
                document.getElementById(`editor-tab-${next}`)?.focus();
              }
            }}
          >
            {t(`editor.tab.${item}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`editor-panel-${tab}`}
        aria-labelledby={`editor-tab-${tab}`}
        className="editor-body"
      >
        {tab === "events" && (
          <>
            <div className="editor-actions">
              <button
                type="button"
                onClick={() => {
                  const added = addEvent(draft, eventIndex, t("editor.newEventTitle"));
                  changeThenFocus(() => {
                    editChange(() => added.draft);
                    chooseEvent(added.index, added.draft);
                  });
                }}
              >
                {t("editor.addEvent")}
              </button>
              <button
                type="button"
                disabled={eventIndex === null}
                onClick={() => {
                  if (eventIndex === null) return;
                  const copy = duplicateEvent(draft, eventIndex);
                  editChange(() => copy.draft);
                  chooseEvent(copy.index, copy.draft);
                }}
              >
                {t("editor.duplicate")}
              </button>
              <button
                type="button"
                disabled={eventIndex === null}
                onClick={() => {
                  if (eventIndex === null) return;
                  const title = draft.events[eventIndex]?.fields.title ?? "";
                  editChange((d) => deleteEvent(d, eventIndex));
                  editSet({ eventIndex: null });
                  focusAfterDeleteSoon();
                  notify(deletedNotice(appStore.getState(), title));
                }}
              >
                {t("editor.delete")}
              </button>
            </div>
            <DraftList
              label={t("editor.eventsList")}
              count={draft.events.length}
              open={eventIndex}
              onChoose={(i) => chooseEvent(i)}
              row={(i) => {
                const event = draft.events[i];
                if (!event) return null;
                const quote = quoteStatus(
                  event.fields.quote,
                  event.fields.paragraph,
                  draft.sourceText,
                );
                const problems =
                  Object.keys(event.errors).length + Number(duplicates.events.has(i));
                return {
                  title: titleOf(event.fields) || t("editor.untitled"),
                  lang: event.fields.title ? draftLang : undefined,
                  meta: (
                    <>
                      {event.valid ? formatEventDateIn(event.valid, lang) : event.fields.start}
                      <ProblemsFlag count={problems} />
                      {quote.state === "fail" && (
                        <span className="editor-flag"> · {t("editor.quoteNotInSource")}</span>
                      )}
                    </>
                  ),
                };
              }}
            />
            {eventIndex !== null && <EventForm key={eventIndex} index={eventIndex} />}
            <UndatedItems />
          </>
        )}
        {tab === "places" && (
          <>
            <div className="editor-actions">
              <button
                type="button"
                onClick={() => {
                  const added = addPlace(draft, mapCenter(), t("editor.newPlaceName"));
                  changeThenFocus(() => {
                    editChange(() => added.draft);
                    editSet({ placeIndex: added.index, picking: "place" });
                  });
                }}
              >
                {t("editor.addPlace")}
              </button>
              <button
                type="button"
                disabled={placeIndex === null}
                onClick={() => {
                  if (placeIndex === null) return;
                  // Said, with what it takes off: deleting Tokyo took it off 8 events unsaid.
                  const name = draft.places[placeIndex]?.fields.name ?? "";
                  const { events: count, undated } = itemsNamingPlace(draft, placeIndex);
                  editChange((d) => deletePlace(d, placeIndex));
                  editSet({ placeIndex: null, picking: null });
                  focusAfterDeleteSoon();
                  notify({
                    id: DELETED_NOTICE,
                    kind: "info",
                    text: (t) => t("editor.deletedPlace", { name, count, undated }),
                  });
                }}
              >
                {t("editor.deletePlace")}
              </button>
            </div>
            <DraftList
              label={t("editor.placesList")}
              count={draft.places.length}
              open={placeIndex}
              onChoose={(i) => editSet({ placeIndex: i, picking: null })}
              row={(i) => {
                const place = draft.places[i];
                if (!place) return null;
                return {
                  title: place.fields.name || t("editor.unnamed"),
                  lang: place.fields.name ? draftLang : undefined,
                  meta: (
                    <>
                      {place.fields.kind &&
                        t(`details.kind.${place.fields.kind}`, place.fields.kind)}
                      <ProblemsFlag count={duplicates.places.has(i) ? 1 : 0} />
                    </>
                  ),
                };
              }}
            />
            {placeIndex !== null && <PlaceForm key={placeIndex} index={placeIndex} />}
          </>
        )}
        {tab === "periods" && (
          <>
            <p className="editor-hint">{t("editor.periods.intro")}</p>
            <div className="editor-actions">
              <button
                type="button"
                onClick={() => {
                  const [start, end] = viewMiddle();
                  const added = addPeriod(draft, start, end, t("editor.periods.newTitle"));
                  changeThenFocus(() => {
                    editChange(() => added.draft);
                    editSet({ periodIndex: added.index });
                  });
                }}
              >
                {t("editor.periods.add")}
              </button>
              <button
                type="button"
                disabled={periodIndex === null}
                onClick={() => {
                  if (periodIndex === null) return;
                  const title = draft.periods[periodIndex]?.fields.title ?? "";
                  editChange((d) => deletePeriod(d, periodIndex));
                  editSet({ periodIndex: null });
                  focusAfterDeleteSoon();
                  notify({
                    id: DELETED_NOTICE,
                    kind: "info",
                    text: (t) => t("editor.periods.deleted", { title }),
                  });
                }}
              >
                {t("editor.periods.delete")}
              </button>
            </div>
            {draft.periods.length === 0 ? (
              <p className="editor-hint">{t("editor.periods.none")}</p>
            ) : (
              <DraftList
                label={t("editor.periods.list")}
                count={draft.periods.length}
                open={periodIndex}
                onChoose={(i) => editSet({ periodIndex: i })}
                row={(i) => {
                  const period = draft.periods[i];
                  if (!period) return null;
                  const problems =
                    Object.keys(period.errors).length + Number(duplicates.periods.has(i));
                  return {
                    title: period.fields.title || t("editor.untitled"),
                    lang: period.fields.title ? draftLang : undefined,
                    meta: (
                      <>
                        {period.valid
                          ? formatEventDateIn(
                              { start: period.valid.start, end: period.valid.end },
                              lang,
                            )
                          : period.fields.start}
                        <ProblemsFlag count={problems} />
                      </>
                    ),
                  };
                }}
              />
            )}
            {periodIndex !== null && <PeriodForm key={periodIndex} index={periodIndex} />}
          </>
        )}
        {tab === "source" && <SourcePanel />}
      </div>
      {autosave.state === "off" && <AutosaveOff reason={autosave.reason} onDownload={download} />}
    </section>
  );
}

/**
 * The question before New story replaces, or Discard draft drops, a draft with changes (this
 * browser keeps one draft), with its download first. Escape or Cancel keeps the draft. Discard
 * asked nothing: one Tab past Done, Enter threw the draft away for good, its stored copy with it,
 * and no Undo brought it back (review 19).
 */
function LoseWorkConfirm({
  which,
  title,
  onGo,
  onCancel,
  onDownload,
}: {
  which: Confirming;
  title: string;
  onGo: () => void;
  onCancel: () => void;
  onDownload: () => void;
}) {
  const { t } = useTranslation();
  const id = CONFIRM_ID[which];
  const words = which === "newStory" ? "editor.newStory" : "editor.discardConfirm";
  return (
    <section
      className="editor-warning editor-confirm"
      id={`${id}-confirm`}
      aria-labelledby={`${id}-question`}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <p id={`${id}-question`}>{t(`${words}.confirm`, { title })}</p>
      <div className="editor-actions">
        <button type="button" onClick={onDownload}>
          {t("editor.downloadJson")}
        </button>
        <button type="button" onClick={onGo} aria-describedby={`${id}-question`}>
          {t(which === "newStory" ? "editor.newStory.replace" : "editor.discardConfirm.discard")}
        </button>
        <button
          type="button"
          id={`${id}-cancel`}
          onClick={onCancel}
          aria-describedby={`${id}-question`}
        >
          {t("editor.newStory.cancel")}
        </button>
      </div>
    </section>
  );
}

/** What the draft lacks before it is a story (a new story's title, an event): said, not failed on. */
function StoryNeeds({ draft, needs }: { draft: Draft; needs: ReturnType<typeof storyNeeds> }) {
  const { t } = useTranslation();
  const lang = useNames().lang;
  const list = new Intl.ListFormat(LANG_ATTRIBUTES[lang], { type: "conjunction" });
  return (
    <div className="editor-warning editor-needs" id="editor-needs">
      <p>{t("editor.newStory.needsHeading")}</p>
      <ul>
        {needs.map((need) => (
          <li key={need.kind}>
            {need.kind === "title"
              ? t("editor.newStory.needTitle")
              : need.kind === "noEvents"
                ? t("editor.newStory.needNoEvents")
                : need.kind === "undatedUnplaced"
                  ? t("editor.newStory.needUndatedUnplaced", { count: need.count })
                  : t("editor.newStory.needEvent", {
                      title: draft.events[need.index]?.fields.title || t("editor.untitled"),
                      fields: list.format(
                        need.fields.map((field) => t(`editor.field.${field}`, field)),
                      ),
                    })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Discard draft: back to the published story, focus on the Edit button that is back. */
function useDiscard(): () => void {
  const { discardDraft } = useEditorActions();
  return () => {
    void discardDraft();
    focusAfterDiscardSoon();
  };
}

/** Where a new place starts before the author clicks the map: the map's centre, or 0,0. */
function mapCenter(): [number, number] {
  const center = window.__app?.map?.getCenter();
  return center ? [center.lng, center.lat] : [0, 0];
}

/** The draft's restoring and saving, said in the head; autosave off is said at the foot. */
function AutosaveLine({
  status,
  restoredAt,
  onDiscard,
}: {
  status: { state: string; savedAt: number | null };
  restoredAt: number | null;
  /** Discard the restored draft: asked first, as Discard draft is. */
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="editor-autosave" role="status">
      {restoredAt !== null && (
        <>
          {t("editor.restored", { time: timeOf(restoredAt) })}{" "}
          <button type="button" className="link-button" onClick={onDiscard}>
            {t("editor.discard")}
          </button>{" "}
        </>
      )}
      {status.state === "saved" && status.savedAt !== null && restoredAt !== status.savedAt
        ? t("editor.saved", { time: timeOf(status.savedAt) })
        : status.state === "pending"
          ? t("editor.saving")
          : ""}
    </p>
  );
}
