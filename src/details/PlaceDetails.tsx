import { useAppStore } from "../store/appStore";
import { selectEventsOfSelectedPlace, selectSelectedPlace } from "../store/selectors";
import { CloseButton } from "./CloseButton";
import { EventList } from "./EventList";
import { useNames } from "./useNames";

const KIND_LABELS: Record<string, string> = {
  city: "City",
  town: "Town",
  island: "Island",
  "island-group": "Island group",
  region: "Region",
  country: "Country",
  site: "Site",
};

export function PlaceDetails() {
  const place = useAppStore(selectSelectedPlace);
  const events = useAppStore(selectEventsOfSelectedPlace);
  const { placeNameOf } = useNames();
  if (!place) return null;
  const name = placeNameOf(place.id);
  const { ja, ru, native } = place.names ?? {};
  return (
    <article className="details place-details" aria-labelledby="details-title">
      <div className="details-head">
        <p className="details-kicker">Place · {KIND_LABELS[place.kind] ?? place.kind}</p>
        <CloseButton label="Close place details" />
      </div>
      <h2 id="details-title" tabIndex={-1}>
        {name}
      </h2>
      <dl className="place-names">
        {ja && (
          <>
            <dt>Japanese name</dt>
            <dd lang="ja-Latn">
              {ja}
              {native?.ja && <span lang="ja"> ({native.ja})</span>}
            </dd>
          </>
        )}
        {ru && (
          <>
            <dt>Russian name</dt>
            <dd lang="ru-Latn">
              {ru}
              {native?.ru && <span lang="ru"> ({native.ru})</span>}
            </dd>
          </>
        )}
      </dl>
      {place.status && <p className="place-status">{place.status}</p>}
      {place.note && <p className="details-note">{place.note}</p>}
      <h3>
        {events.length} {events.length === 1 ? "event" : "events"} here
      </h3>
      <EventList events={events} label={`Events at ${name}`} />
    </article>
  );
}
