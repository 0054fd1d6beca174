import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { datasetWordsLang } from "../i18n/datasetText";
import { useLanguage } from "../i18n/useLanguage";
import type { DraftPlace } from "./draft";
import "./editorMessages";
import { nameKey, namesTwice } from "./sameNames";

/**
 * An event's (or an undated item's) places as checkboxes, with a box to find one. Its own
 * component, kept while the event's other fields change: a draft of 1,000 places re-rendered a checkbox each per keystroke
 * in the title (review 16).
 */
export const PlaceChoices = memo(function PlaceChoices({
  idPrefix,
  places,
  chosen,
  onToggle,
}: {
  /** Its checkboxes' ids start so: `event-3`, `undated-0`. */
  idPrefix: string;
  places: readonly DraftPlace[] | null;
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const [placeFilter, setPlaceFilter] = useState("");
  const { t } = useTranslation();
  const lang = useLanguage();
  // The draft is the dataset's own text: on a page in another language, it says which it is in.
  const draftLang = datasetWordsLang(lang);
  const placeOptions = useMemo(() => {
    const needle = placeFilter.trim().toLowerCase();
    return (places ?? []).filter(
      (place) =>
        needle === "" ||
        place.fields.name.toLowerCase().includes(needle) ||
        place.fields.id.includes(needle),
    );
  }, [places, placeFilter]);
  const twice = useMemo(() => namesTwice(places ?? []), [places]);
  return (
    <>
      <input
        type="search"
        aria-label={t("editor.findPlace")}
        placeholder={t("editor.findPlace")}
        value={placeFilter}
        onChange={(e) => setPlaceFilter(e.currentTarget.value)}
      />
      <ul>
        {placeOptions.map((place, i) => {
          // The id the events name: its last valid one. By the one being typed ("Tokyo City"),
          // an event at Tokyo showed it unticked, and a tick added the id no place has.
          const placeId = place.valid?.id ?? place.fields.id;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafts may hold duplicate ids while being typed.
            <li key={i}>
              <input
                id={`${idPrefix}-place-${i}`}
                type="checkbox"
                checked={chosen.includes(placeId)}
                onChange={(e) => onToggle(placeId, e.currentTarget.checked)}
              />
              <label htmlFor={`${idPrefix}-place-${i}`} lang={draftLang}>
                {place.fields.name}
                {/* In the label, so a screen reader hears it with the name: "Baikonur (baikonur)". */}
                {twice.has(nameKey(place.fields.name)) && (
                  <span className="editor-place-id">({placeId})</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </>
  );
});
