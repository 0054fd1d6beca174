import { formatEventDate } from "../data/dates";
import { DetailsOrigin, QuoteMarkLabel } from "../provenance/DetailsProvenance";
import { useAppStore } from "../store/appStore";
import { selectPlacesOfSelectedEvent, selectSelectedEvent } from "../store/selectors";
import { neighbourEvent } from "../story/neighbourEvent";
import { CloseButton } from "./CloseButton";
import { focusDetailsSoon, showNewTitleSoon } from "./focusDetails";
import { MediaCard } from "./MediaCard";
import { RichText } from "./RichText";
import { ShareButton } from "./ShareButton";
import { useNames } from "./useNames";

export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const places = useAppStore(selectPlacesOfSelectedEvent);
  const index = useAppStore((state) => state.index);
  // In story mode these follow the story, as the story bar does.
  const previous = useAppStore((state) => neighbourEvent(state, -1));
  const next = useAppStore((state) => neighbourEvent(state, 1));
  const source = useAppStore((state) => state.index?.dataset.meta.source);
  const selectEvent = useAppStore((state) => state.selectEvent);
  const selectPlace = useAppStore((state) => state.selectPlace);
  const { titleOf, placeNameOf } = useNames();
  if (!event || !index) return null;

  const title = titleOf(event);

  return (
    <article className="details event-details" aria-labelledby="details-title">
      <div className="details-head">
        <p className="details-kicker">Event</p>
        <CloseButton label="Close event details" />
      </div>
      <DetailsOrigin />
      <h2 id="details-title" tabIndex={-1}>
        {title}
      </h2>
      <p
        className={`details-date${event.approximate ? " approximate" : ""}`}
        data-testid="details-date"
      >
        {event.displayDate ?? formatEventDate(event)}
      </p>
      {event.body ? (
        <RichText className="details-body" html={event.body} />
      ) : (
        event.summary && <p className="details-summary">{event.summary}</p>
      )}
      {event.media && <MediaCard media={event.media} />}
      {event.quote && (
        <figure className="details-quote">
          <blockquote>
            <p>{event.quote.text}</p>
          </blockquote>
          <figcaption>
            {source?.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              (source?.title ?? "Source")
            )}
            , paragraph {event.quote.paragraph}
          </figcaption>
          <QuoteMarkLabel eventId={event.id} />
        </figure>
      )}
      {event.note && <p className="details-note">Note: {event.note}</p>}
      {places.length === 0 && <p className="details-quiet">No place on the map</p>}
      {places.length > 0 && (
        <>
          <h3>Places</h3>
          <ul className="chip-list" aria-label="Places">
            {places.map((place) => (
              <li key={place.id}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => {
                    selectPlace(place.id);
                    focusDetailsSoon();
                  }}
                >
                  {placeNameOf(place.id)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {event.actors.length > 0 && (
        <p className="details-meta">
          <span className="details-label">Actors:</span> {event.actors.join(", ")}
        </p>
      )}
      {event.tags.length > 0 && (
        <p className="details-meta">
          <span className="details-label">Tags:</span> {event.tags.join(", ")}
        </p>
      )}
      {event.links && event.links.length > 0 && (
        <ul className="details-links" aria-label="Links">
          {event.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <nav className="details-nav" aria-label="Step through events">
        <button
          type="button"
          disabled={!previous}
          onClick={() => {
            if (previous) selectEvent(previous.id);
            showNewTitleSoon();
          }}
          aria-label={previous ? `Previous event: ${titleOf(previous)}` : "No previous event"}
        >
          ← Previous
        </button>
        <ShareButton eventId={event.id} title={title} />
        <button
          type="button"
          disabled={!next}
          onClick={() => {
            if (next) selectEvent(next.id);
            showNewTitleSoon();
          }}
          aria-label={next ? `Next event: ${titleOf(next)}` : "No next event"}
        >
          Next →
        </button>
      </nav>
    </article>
  );
}
