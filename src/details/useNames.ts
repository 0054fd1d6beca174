import { useCallback } from "react";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/** Name places and title events in the reader's naming perspective and language. */
export function useNames() {
  const index = useAppStore((state) => state.index);
  const names = useAppStore((state) => state.names);
  const lang = useLanguage();
  const titleOf = useCallback(
    (event: Parameters<typeof eventTitle>[2]) => eventTitle(index, names, event, lang),
    [index, names, lang],
  );
  const placeNameOf = useCallback(
    (placeId: string) => nameOfPlace(index, names, placeId, lang) ?? placeId,
    [index, names, lang],
  );
  return { titleOf, placeNameOf, perspective: names, lang };
}
