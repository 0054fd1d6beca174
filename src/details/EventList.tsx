import { useTranslation } from "react-i18next";
import type { IndexedEvent } from "../data/indexDataset";
import { VirtualList } from "../ui/VirtualList";
import { EventButton } from "./EventButton";

const ROW_HEIGHT = 52;
/** Below this a plain list: short lists need no virtual scrolling. */
const VIRTUAL_FROM = 200;

export function EventList({ events, label }: { events: readonly IndexedEvent[]; label: string }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="empty">{t("details.noEvents")}</p>;
  if (events.length < VIRTUAL_FROM) {
    return (
      <ul className="event-list" aria-label={label}>
        {events.map((event) => (
          <li key={event.id}>
            <EventButton event={event} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <VirtualList
      className="event-list"
      items={events}
      rowHeight={ROW_HEIGHT}
      label={label}
      getKey={(event) => event.id}
      renderItem={(event) => <EventButton event={event} />}
    />
  );
}
