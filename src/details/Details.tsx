import { useAppStore } from "../store/appStore";
import { EventDetails } from "./EventDetails";
import { Intro } from "./Intro";
import { PlaceDetails } from "./PlaceDetails";

/** The details region: the selected event, the selected place, or an introduction. */
export function Details() {
  // A selection the shown dataset lacks (a link for another dataset still loading) shows the introduction.
  const hasEvent = useAppStore(
    (state) =>
      state.selectedEventId !== null && Boolean(state.index?.byId.has(state.selectedEventId)),
  );
  const hasPlace = useAppStore(
    (state) =>
      state.selectedPlaceId !== null && Boolean(state.index?.places.has(state.selectedPlaceId)),
  );
  if (hasEvent) return <EventDetails />;
  if (hasPlace) return <PlaceDetails />;
  return <Intro />;
}
