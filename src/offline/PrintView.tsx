import { useCallback } from "react";
import { formatEventDate } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import { useNames } from "../details/useNames";
import { describeOrigin } from "../provenance/origin";
import { useAppStore } from "../store/appStore";
import { passes, selectFilterMask } from "../store/selectors";
import { mapSnapshot } from "./mapSnapshot";
import { usePrinting } from "./usePrinting";

function takeMapPicture(): string | null {
  try {
    return mapSnapshot(window.__app?.map)?.toDataURL("image/png") ?? null;
  } catch {
    return null;
  }
}

/**
 * What a printed page shows instead of the interface: the title, the source,
 * a picture of the map, and every shown event in time order with its date,
 * places, summary, verbatim quote and links written out. Rendered only
 * while printing (a long dataset would otherwise sit in the page for nothing).
 */
export function PrintView() {
  const snapshot = useCallback(takeMapPicture, []);
  const { printing, mapPicture } = usePrinting(snapshot);
  const index = useAppStore((state) => state.index);
  const mask = useAppStore(selectFilterMask);
  const source = useAppStore((state) => state.source);
  if (!printing || !index) return null;
  // Where the data comes from prints first: a printout must not pass off other data as this site's.
  const origin = describeOrigin(source, location.origin);
  const { meta } = index.dataset;
  const events = index.events.filter((event) => passes(mask, event.order));
  const cited = meta.source;
  return (
    <article className="print-view" aria-label="Printable list of events">
      {origin && (
        <p className="print-provenance" data-testid="print-provenance">
          <strong>{origin.banner}</strong> — {origin.detail}
        </p>
      )}
      <h1>{meta.title}</h1>
      {meta.description && <p>{meta.description}</p>}
      {cited && (
        <p className="print-source">
          Source:{" "}
          {[cited.title, cited.author, cited.publication, cited.date].filter(Boolean).join(", ")}
          {cited.url && <> — {cited.url}</>}
        </p>
      )}
      {mapPicture && <img className="print-map" src={mapPicture} alt="The map as it was shown" />}
      <h2>
        {events.length === index.events.length
          ? `${events.length} events, in time order`
          : `${events.length} of ${index.events.length} events (filtered), in time order`}
      </h2>
      <ol className="print-events">
        {events.map((event) => (
          <PrintEvent key={event.id} event={event} sourceTitle={cited?.title ?? "Source"} />
        ))}
      </ol>
      {meta.licence && <p className="print-source">{meta.licence}</p>}
    </article>
  );
}

function PrintEvent({ event, sourceTitle }: { event: IndexedEvent; sourceTitle: string }) {
  const { titleOf, placeNameOf } = useNames();
  return (
    <li className="print-event">
      <h3>{titleOf(event)}</h3>
      <p className="print-meta">
        {formatEventDate(event)}
        {event.places.length > 0 && <> · {event.places.map(placeNameOf).join(", ")}</>}
        {event.actors.length > 0 && <> · {event.actors.join(", ")}</>}
      </p>
      <p>{event.summary}</p>
      {event.quote && (
        <blockquote>
          <p>“{event.quote.text}”</p>
          <footer>
            {sourceTitle}, paragraph {event.quote.paragraph}
          </footer>
        </blockquote>
      )}
      {event.note && <p>Note: {event.note}</p>}
      {event.links && event.links.length > 0 && (
        <ul className="print-links">
          {event.links.map((link) => (
            <li key={link.url}>
              {link.label}: {link.url}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
