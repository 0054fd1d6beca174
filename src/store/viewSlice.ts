import type { DatasetIndex } from "../data/indexDataset";
import type { Translate } from "../data/issueText";
import type { NamingPerspective } from "../data/names";
import type { Language } from "../i18n/languages";
import type { SliceCreator } from "./types";

/**
 * A notice's words: a function that words it in the language on show (called
 * at each render, so a notice on screen re-words itself when the reader
 * switches language), or a plain text for what has no message of ours (a
 * browser's error).
 */
export type NoticeText = string | ((t: Translate, language: Language) => string);

export interface Notice {
  id: string;
  kind: "info" | "warning" | "error";
  text: NoticeText;
  /** A button beside the words (a new version's Reload). */
  action?: { label: NoticeText; run: () => void };
}

/** A notice's text in `language`, through that language's `t`. */
export function noticeText(text: NoticeText, t: Translate, language: Language): string {
  return typeof text === "string" ? text : text(t, language);
}

export interface ViewSlice {
  names: NamingPerspective;
  /**
   * Back and Forward steps that showed another entry of the same dataset (`url/sync.ts`), and Edit's
   * reopening of a draft of another story (`showDraftOpening`): the map frames what the entry
   * shows, which clearing a selection or the filters by hand does not.
   */
  historySteps: number;
  notices: Notice[];
  /** What the polite live region says; a counter makes a repeated text be read again. */
  announcement: { text: string; seq: number };
  /** Whether the MapLibre map could start (WebGL2); false shows the fallback. */
  mapAvailable: boolean | null;
  /**
   * The map has drawn its first frame, or never will here (the fallback, or a failure), or is not
   * started (the story on show has no places: MapView).
   */
  mapSettled: boolean;
  /**
   * The dataset the timeline last drew: work that can wait for it waits (`datasetActions`), and
   * the map starts once it is set (`afterTimelineDrawn`).
   */
  drawnIndex: DatasetIndex | null;
  /** On phones: whether the details sheet is expanded while nothing is selected. */
  sheetOpen: boolean;
  /** The compact layout inside an iframe (`embed=1`), fixed for the page's life. */
  embed: boolean;
  /** In an embed, the host page's link to an event but its id (`share` from embed.js): Share's. */
  hostLink: string | null;
  setSheetOpen: (open: boolean) => void;
  setNames: (names: NamingPerspective) => void;
  notify: (notice: Omit<Notice, "id"> & { id?: string }) => void;
  dismissNotice: (id: string) => void;
  announce: (text: string) => void;
  setMapAvailable: (available: boolean) => void;
  mapSettle: () => void;
  timelineDraw: (index: DatasetIndex) => void;
}

let noticeSeq = 0;

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  names: "both",
  notices: [],
  announcement: { text: "", seq: 0 },
  mapAvailable: null,
  mapSettled: false,
  drawnIndex: null,
  sheetOpen: false,
  embed: false,
  hostLink: null,
  historySteps: 0,
  setSheetOpen: (sheetOpen) => set({ sheetOpen }),
  setNames: (names) => set({ names }),
  notify: (notice) =>
    set((state) => {
      const id = notice.id ?? `notice-${++noticeSeq}`;
      const others = state.notices.filter((existing) => existing.id !== id);
      return { notices: [...others, { ...notice, id }] };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
  setMapAvailable: (mapAvailable) =>
    set(mapAvailable ? { mapAvailable } : { mapAvailable, mapSettled: true }),
  mapSettle: () => set({ mapSettled: true }),
  timelineDraw: (index) =>
    set((state) => (state.drawnIndex === index ? state : { drawnIndex: index })),
});
