import { useEffect } from "react";
import { formatEventDate } from "../data/dates";
import { useNames } from "../details/useNames";
import { appStore, useAppStore } from "../store/appStore";
import type { EditorTab } from "../store/editorSlice";
import { fileNameOf, saveText } from "../ui/download";
import {
  addEvent,
  addPlace,
  deleteEvent,
  deletePlace,
  draftDataset,
  duplicateEvent,
  setTitle,
} from "./draft";
import { canRedo, canUndo } from "./draftHistory";
import { useEditorActions } from "./EditorActions";
import { EventForm } from "./EventForm";
import { PlaceForm } from "./PlaceForm";
import { quoteStatus } from "./quoteCheck";
import { SourcePanel } from "./SourcePanel";
import "./editor.css";

const TABS: { id: EditorTab; label: string }[] = [
  { id: "events", label: "Events" },
  { id: "places", label: "Places" },
  { id: "source", label: "Source" },
];

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** Edit mode, in the details region: the draft's events, places and source, with undo and autosave. */
export function EditorPanel() {
  const editor = useAppStore((state) => state.editor);
  // Store actions are stable: read once, not subscribed.
  const { editUndo, editRedo, editSet, editChange, selectEvent, notify } = appStore.getState();
  const { discardDraft } = useEditorActions();
  const { titleOf } = useNames();

  // A selection on the timeline or map opens that event's form.
  const selectedEventId = useAppStore((state) => state.selectedEventId);
  useEffect(() => {
    if (selectedEventId === null) return;
    const events = appStore.getState().editor?.history.present.events ?? [];
    const index = events.findIndex((event) => event.valid?.id === selectedEventId);
    if (index !== -1 && index !== appStore.getState().editor?.eventIndex) {
      appStore.getState().editSet({ eventIndex: index, tab: "events" });
    }
  }, [selectedEventId]);

  if (!editor) return null;
  const draft = editor.history.present;
  const { tab, eventIndex, placeIndex, autosave } = editor;

  const chooseEvent = (index: number, from = draft) => {
    editSet({ eventIndex: index });
    const id = from.events[index]?.valid?.id;
    if (id) selectEvent(id);
  };
  const download = () =>
    saveText(
      `${JSON.stringify(draftDataset(draft), null, 2)}\n`,
      fileNameOf(draft.meta.title, "json"),
      "application/json",
    );

  return (
    <section className="editor" aria-labelledby="editor-title">
      <div className="editor-head">
        <h2 id="editor-title">Editing a draft</h2>
        <div className="editor-actions">
          <button
            type="button"
            onClick={editUndo}
            disabled={!canUndo(editor.history)}
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={editRedo}
            disabled={!canRedo(editor.history)}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          >
            Redo
          </button>
          <button type="button" onClick={download}>
            Download JSON
          </button>
          <button type="button" onClick={() => appStore.getState().editStop()}>
            Done
          </button>
          <button
            type="button"
            onClick={() => {
              void discardDraft();
            }}
          >
            Discard draft
          </button>
        </div>
        <AutosaveLine status={autosave} restoredAt={editor.restoredAt} onDownload={download} />
        {editor.otherTab && (
          <p className="editor-warning" role="alert">
            This draft is also open in another tab. Edit it in one tab only: each tab's autosave
            overwrites the other's.
          </p>
        )}
        <label className="editor-field">
          Story title
          <input
            type="text"
            value={draft.meta.title}
            onChange={(e) => {
              const title = e.currentTarget.value;
              editChange((d) => setTitle(d, title), "title");
            }}
          />
        </label>
      </div>
      <div className="editor-tabs" role="tablist" aria-label="Edit">
        {TABS.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`editor-tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`editor-panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => editSet({ tab: item.id })}
            onKeyDown={(e) => {
              const at = TABS.findIndex((t) => t.id === tab);
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (step === 0) return;
              e.preventDefault();
              const next = TABS[(at + step + TABS.length) % TABS.length];
              if (next) {
                editSet({ tab: next.id });
                document.getElementById(`editor-tab-${next.id}`)?.focus();
              }
            }}
          >
            {item.label}
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
                  const added = addEvent(draft, eventIndex);
                  editChange(() => added.draft);
                  chooseEvent(added.index, added.draft);
                }}
              >
                Add event
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
                Duplicate
              </button>
              <button
                type="button"
                disabled={eventIndex === null}
                onClick={() => {
                  if (eventIndex === null) return;
                  const title = titleOf({ title: draft.events[eventIndex]?.fields.title ?? "" });
                  editChange((d) => deleteEvent(d, eventIndex));
                  editSet({ eventIndex: null });
                  notify({
                    id: "editor-deleted",
                    kind: "info",
                    text: `Deleted “${title}”. Undo brings it back.`,
                  });
                }}
              >
                Delete
              </button>
            </div>
            <ul className="editor-list" aria-label="Events in the draft">
              {draft.events.map((event, i) => {
                const quote = quoteStatus(
                  event.fields.quote,
                  event.fields.paragraph,
                  draft.sourceText,
                );
                const problems = Object.keys(event.errors).length;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: drafts may hold duplicate ids while being typed.
                  <li key={i}>
                    <button
                      type="button"
                      aria-current={i === eventIndex ? "true" : undefined}
                      onClick={() => chooseEvent(i)}
                    >
                      <span className="editor-list-title">
                        {titleOf(event.fields) || "(untitled)"}
                      </span>
                      <span className="editor-list-meta">
                        {event.valid ? formatEventDate(event.valid) : event.fields.start}
                        {problems > 0 && (
                          <span className="editor-flag">
                            {" "}
                            · {problems === 1 ? "1 problem" : `${problems} problems`}
                          </span>
                        )}
                        {quote.state === "fail" && (
                          <span className="editor-flag"> · quote not in the source</span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {eventIndex !== null && <EventForm key={eventIndex} index={eventIndex} />}
          </>
        )}
        {tab === "places" && (
          <>
            <div className="editor-actions">
              <button
                type="button"
                onClick={() => {
                  const added = addPlace(draft, mapCenter());
                  editChange(() => added.draft);
                  editSet({ placeIndex: added.index, picking: "place" });
                }}
              >
                Add place
              </button>
              <button
                type="button"
                disabled={placeIndex === null}
                onClick={() => {
                  if (placeIndex === null) return;
                  editChange((d) => deletePlace(d, placeIndex));
                  editSet({ placeIndex: null, picking: null });
                }}
              >
                Delete place
              </button>
            </div>
            <ul className="editor-list" aria-label="Places in the draft">
              {draft.places.map((place, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: drafts may hold duplicate ids while being typed.
                <li key={i}>
                  <button
                    type="button"
                    aria-current={i === placeIndex ? "true" : undefined}
                    onClick={() => editSet({ placeIndex: i, picking: null })}
                  >
                    <span className="editor-list-title">{place.fields.name || "(unnamed)"}</span>
                    <span className="editor-list-meta">{place.fields.kind}</span>
                  </button>
                </li>
              ))}
            </ul>
            {placeIndex !== null && <PlaceForm key={placeIndex} index={placeIndex} />}
          </>
        )}
        {tab === "source" && <SourcePanel />}
      </div>
    </section>
  );
}

/** Where a new place starts before the author clicks the map: the map's centre, or 0,0. */
function mapCenter(): [number, number] {
  const center = window.__app?.map?.getCenter();
  return center ? [center.lng, center.lat] : [0, 0];
}

function AutosaveLine({
  status,
  restoredAt,
  onDownload,
}: {
  status: { state: string; savedAt: number | null; reason?: string };
  restoredAt: number | null;
  onDownload: () => void;
}) {
  const { discardDraft } = useEditorActions();
  if (status.state === "off") {
    return (
      <div className="editor-warning" role="alert">
        Autosave is off: {status.reason}. Your changes are kept only while this page is open.{" "}
        <button type="button" onClick={onDownload}>
          Download the draft
        </button>
      </div>
    );
  }
  return (
    <p className="editor-autosave" role="status">
      {restoredAt !== null && (
        <>
          Draft restored, saved {timeOf(restoredAt)}.{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void discardDraft();
            }}
          >
            Discard
          </button>{" "}
        </>
      )}
      {status.state === "saved" && status.savedAt !== null && restoredAt !== status.savedAt
        ? `Saved in this browser at ${timeOf(status.savedAt)}.`
        : status.state === "pending"
          ? "Saving in this browser…"
          : ""}
    </p>
  );
}
