import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNames } from "../details/useNames";
import { DATASET_LANGUAGE, datasetWordsLang } from "../i18n/datasetText";
import { appStore, useAppStore } from "../store/appStore";
import { eventTitle } from "../store/selectors";
import { DraftList } from "./DraftList";
import { type DraftUndated, undatedItems } from "./draft";
import { undatedAtPlace } from "./draftUndated";
import { ProblemsFlag } from "./ProblemsFlag";
import { UndatedForm } from "./UndatedForm";
import "./editorMessages";

const NONE: readonly DraftUndated[] = [];

/**
 * The draft's undated items, under the events (an imported StoryMapJS map is all of them): listed,
 * and the open one with its texts to edit and its dates to type, Give it a date (it becomes an
 * event, in the event form) and Delete (`UndatedForm`). The editor showed them nowhere: they could only be typed again as events.
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
          const items = undatedItems(editor.history.present);
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
          const { fields, valid } = item;
          const problems = Object.keys(item.errors).length;
          return {
            // As typed, as the events' list has their titles.
            title: eventTitle(index, perspective, fields, DATASET_LANGUAGE) || t("editor.untitled"),
            lang: fields.title ? draftLang : undefined,
            meta: (
              <>
                {valid.places.length === 0 ? (
                  <span className="editor-flag">{t("editor.undated.noPlace")}</span>
                ) : (
                  t("editor.undated.places", { count: valid.places.length })
                )}
                <ProblemsFlag count={problems} />
              </>
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
