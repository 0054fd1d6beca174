import { useMemo } from "react";
import type { IndexedEvent } from "../data/indexDataset";
import { useAppStore } from "../store/appStore";
import { passes, selectFilterMask } from "../store/selectors";
import { EventList } from "./EventList";
import { UndatedList } from "./UndatedList";

/** Nothing selected: what this is, and every shown event as a list (which also serves screen readers). */
export function Intro() {
  const index = useAppStore((state) => state.index);
  const mask = useAppStore(selectFilterMask);
  const events = useMemo<IndexedEvent[]>(
    () => (index ? index.events.filter((_, i) => passes(mask, i)) : []),
    [index, mask],
  );
  const sheetOpen = useAppStore((state) => state.sheetOpen);
  const setSheetOpen = useAppStore((state) => state.setSheetOpen);
  if (!index) return null;
  const { meta } = index.dataset;
  return (
    <div className="details intro">
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={sheetOpen}
        aria-controls="intro-body"
        onClick={() => setSheetOpen(!sheetOpen)}
      >
        {sheetOpen ? "Hide the event list" : `About and all ${events.length} events`}
      </button>
      <div id="intro-body" className="intro-body">
        <h2 id="details-title" tabIndex={-1}>
          About
        </h2>
        {meta.description && <p>{meta.description}</p>}
        {meta.source && (
          <p className="details-source">
            Source:{" "}
            {meta.source.url ? (
              <a href={meta.source.url} target="_blank" rel="noopener noreferrer">
                {meta.source.title}
              </a>
            ) : (
              meta.source.title
            )}
            {meta.source.author && `, ${meta.source.author}`}
            {meta.source.publication && `, ${meta.source.publication}`}
            {meta.source.date && `, ${meta.source.date}`}.
          </p>
        )}
        <p className="hint">Select an event on the timeline or a place on the map.</p>
        <h3>All events</h3>
        <EventList events={events} label="All events in time order" />
        <UndatedList items={index.dataset.undated ?? []} />
      </div>
    </div>
  );
}
