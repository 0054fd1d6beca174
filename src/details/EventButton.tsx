import type { IndexedEvent } from "../data/indexDataset";
import { formatEventDateIn } from "../i18n/formatDate";
import { useAppStore } from "../store/appStore";
import { focusDetailsSoon } from "./focusDetails";
import { useNames } from "./useNames";

/** One event in a list: its date and title; a click selects it. */
export function EventButton({ event }: { event: IndexedEvent }) {
  const { titleOf, lang } = useNames();
  const selectEvent = useAppStore((state) => state.selectEvent);
  const hoverEvent = useAppStore((state) => state.hoverEvent);
  const selected = useAppStore((state) => state.selectedEventId === event.id);
  const date = formatEventDateIn(event, lang);
  return (
    <button
      type="button"
      className="event-row"
      aria-current={selected ? "true" : undefined}
      onClick={() => {
        // The list unmounts with the selection, so no mouseleave will clear the hover.
        hoverEvent(null);
        selectEvent(event.id);
        focusDetailsSoon();
      }}
      onMouseEnter={() => hoverEvent(event.id)}
      onMouseLeave={() => hoverEvent(null)}
      onFocus={() => hoverEvent(event.id)}
      onBlur={() => hoverEvent(null)}
    >
      <span className="event-row-date">{date}</span>
      <span className="event-row-title">{titleOf(event)}</span>
    </button>
  );
}
