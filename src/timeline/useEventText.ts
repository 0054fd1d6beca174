import { useMemo } from "react";
import type { DatasetIndex } from "../data/indexDataset";
import { formatEventDateIn } from "../i18n/formatDate";
import { t } from "../i18n/i18n";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { eventTitle } from "../store/selectors";

export interface EventText {
  title: (position: number) => string;
  /** "Lavrov arrives in Tokyo, 21 March 2018": the accessible name of an event's button. */
  name: (position: number) => string;
}

/**
 * Titles (in the reader's naming perspective) and accessible names of
 * events, computed on demand and cached until the dataset or the perspective
 * changes: each frame only asks for the events it shows.
 */
export function useEventText(index: DatasetIndex): EventText {
  const names = useAppStore((state) => state.names);
  const lang = useLanguage();
  return useMemo(() => {
    const titles = new Map<number, string>();
    const title = (position: number) => {
      let text = titles.get(position);
      if (text === undefined) {
        const event = index.events[position];
        text = event ? eventTitle(index, names, event, lang) : "";
        titles.set(position, text);
      }
      return text;
    };
    const name = (position: number) => {
      const event = index.events[position];
      return event
        ? t("timeline.eventName", { title: title(position), date: formatEventDateIn(event, lang) })
        : "";
    };
    return { title, name };
  }, [index, names, lang]);
}
