import type { IndexedEvent } from "../data/indexDataset";
import { type ListItems, VirtualList } from "../ui/VirtualList";
import { EventButton } from "./EventButton";

const ROW_HEIGHT = 52;

/**
 * A list of 200 events or more, only the rows in view rendered (`EventList`). In a chunk of its
 * own: the site's story is shorter, and its first load had no room for the code (0.6 KB gzipped).
 */
export function LongEventList({
  events,
  label,
}: {
  events: ListItems<IndexedEvent>;
  label: string;
}) {
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
