import { useTranslation } from "react-i18next";
import type { IndexedEvent } from "../data/indexDataset";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import type { ListItems } from "../ui/VirtualList";
import { EventButton } from "./EventButton";

/** From this many events the list renders only the rows in view (`LongEventList`). */
const VIRTUAL_FROM = 200;
/**
 * A long list's rows until its code has come: what a tall window shows (52 px a row), not 200.
 * They went into the store update's render, the load's longest task: 200 rows were a third of
 * its processor time at 1,000 and 100,000 events (traced), and then thrown away.
 */
const FIRST_ROWS = 40;

const longList = lazyPart(
  "eventList",
  () => import("./LongEventList"),
  (module) => module.LongEventList,
);

export function EventList({ events, label }: { events: ListItems<IndexedEvent>; label: string }) {
  const { t } = useTranslation();
  const long = events.length >= VIRTUAL_FROM;
  const LongList = useLazyPart(longList, long);
  if (events.length === 0) return <p className="empty">{t("details.noEvents")}</p>;
  if (long && LongList) return <LongList events={events} label={label} />;
  // A short list whole; a long one's first rows until its code has come.
  const rows: IndexedEvent[] = [];
  for (let i = 0; i < (long ? FIRST_ROWS : events.length); i++) {
    const event = events.at(i);
    if (event) rows.push(event);
  }
  return (
    <ul className="event-list" aria-label={label}>
      {rows.map((event) => (
        <li key={event.id}>
          <EventButton event={event} />
        </li>
      ))}
    </ul>
  );
}
