import { useCallback } from "react";
import { useAppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/** Name places and title events in the reader's naming perspective. */
export function useNames() {
  const index = useAppStore((state) => state.index);
  const names = useAppStore((state) => state.names);
  const titleOf = useCallback(
    (event: { title: string }) => eventTitle(index, names, event),
    [index, names],
  );
  const placeNameOf = useCallback(
    (placeId: string) => nameOfPlace(index, names, placeId) ?? placeId,
    [index, names],
  );
  return { titleOf, placeNameOf, perspective: names };
}
