import "../ui/panelMessages";
import "./noDates.css";
import { useTranslation } from "react-i18next";

/**
 * The timeline's words for a story with no dated event, only undated items (a StoryMapJS map
 * without dates, the usual kind): an axis and lanes around nothing, at 1970, would say nothing.
 * Its items are in the details' Undated list and its places on the map, as the map region says
 * so for a story with no places (NoPlacesOnMap). Without a place among them (`mapped` false: the
 * editor's draft with its places deleted), it does not send the reader to an empty map.
 */
export function NoDates({ undated, mapped }: { undated: number; mapped: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="tl tl-no-dates">
      <p>{t(noDatesMessage(undated, mapped), { count: undated })}</p>
    </div>
  );
}

/**
 * Which words: with no item at all (a new story's draft, its event not yet dated), how an event
 * comes here; a new story said "its 0 items are listed under Undated", of a list it had not (review
 * 37 R5). The reader refuses a file with neither events nor undated items, so only a draft has none.
 */
export function noDatesMessage(undated: number, mapped: boolean) {
  if (undated === 0) return "undated.noEvents";
  return mapped ? "undated.noDates" : "undated.noDatesNoPlaces";
}
