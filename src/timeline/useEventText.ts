import { useMemo } from "react";
import { formatEventDate } from "../data/dates";
import type { DatasetIndex } from "../data/indexDataset";
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
  return useMemo(() => {
    const titles = new Map<number, string>();
    const title = (position: number) => {
      let text = titles.get(position);
      if (text === undefined) {
        const event = index.events[position];
        text = event ? eventTitle(index, names, event) : "";
        titles.set(position, text);
      }
      return text;
    };
    const name = (position: number) => {
      const event = index.events[position];
      return event ? `${title(position)}, ${formatEventDate(event)}` : "";
    };
    return { title, name };
  }, [index, names]);
}
