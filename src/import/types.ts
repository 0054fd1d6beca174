/** What every converter returns: a dataset in our format (not yet validated) and what it noticed. */
import type { DatasetIssue } from "../data/issues";

/** Our format as a converter writes it: `parseDataset` checks it afterwards, as it checks any file. */
export interface RawDataset {
  meta: {
    title: string;
    description?: string;
    source?: { title: string; url?: string };
    /**
     * Our CSV's translations of the story's title, description and translation note, and of
     * its actors and tags: { ja: { title: "日ロ関係", labels: { Japan: "日本" } } }.
     */
    i18n?: Record<
      string,
      { title?: string; description?: string; note?: string; labels?: Record<string, string> }
    >;
  };
  places: Record<string, unknown>[];
  periods: Record<string, unknown>[];
  events: Record<string, unknown>[];
  undated: Record<string, unknown>[];
}

/** Where in the source: a JSON path (`events[3].start_date.year`) or a spreadsheet row and column. */
export type Where = string | { row: number; column?: string };

export interface Converted {
  dataset: RawDataset;
  /** Problems with where they are in the source: row 14, column Year, or `events[3].start_date.year`. */
  issues: DatasetIssue[];
  /**
   * Where each event and undated item came from ("row 14", "events[3]"), so
   * that what `parseDataset` says about `events[2]` can name the source's row.
   * A number is a spreadsheet row, as `{ row }` is: a million CSV rows need not
   * make a million objects to say so.
   */
  origins: { events: (Where | number)[]; undated: Where[] };
  /**
   * Where an event's field came from in each source item, for items whose `Where` is a path:
   * `end` → `end_date`, so a problem found in the converted event names the maker's field
   * (`events[2].end_date`), not ours (`events[0].end`, another index in another file).
   */
  sourceFields?: Readonly<Record<string, string>>;
  /**
   * 1 for each event the converter built already checked, as `parseDataset`
   * would return it (`ParseOptions.parsedEvents`); absent when there is none.
   */
  parsedEvents?: Uint8Array;
}

export const FORMATS = {
  ours: "our JSON format",
  "timeline-json": "TimelineJS JSON",
  "timeline-sheet": "TimelineJS spreadsheet (CSV or TSV)",
  storymap: "StoryMapJS JSON",
  geojson: "GeoJSON",
  "our-csv": "our CSV template",
} as const;

export type FormatId = keyof typeof FORMATS;
