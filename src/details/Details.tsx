import { useAppStore } from "../store/appStore";
import { EventDetails } from "./EventDetails";
import { Intro } from "./Intro";
import { PlaceDetails } from "./PlaceDetails";

/** The details region: the selected event, the selected place, or an introduction. */
export function Details() {
  const hasEvent = useAppStore((state) => state.selectedEventId !== null);
  const hasPlace = useAppStore((state) => state.selectedPlaceId !== null);
  if (hasEvent) return <EventDetails />;
  if (hasPlace) return <PlaceDetails />;
  return <Intro />;
}
