/**
 * What the dataset worker answers the page: a failure as it is, or the
 * dataset indexed as far as numbers go (`IndexParts`) with its events as
 * columns, all typed arrays transferred rather than copied. The page then
 * only rebuilds the event objects and links them.
 */
import type { ColumnsResult } from "../data/checkIntoColumns";
import { columnBuffers, decodeEvents, type EventColumns, encodeEvents } from "../data/eventColumns";
import { type DatasetIndex, indexDataset, linkIndex } from "../data/indexDataset";
import { computeIndexParts, type IndexParts } from "../data/indexParts";
import type { DatasetIssue } from "../data/issues";
import type { ParseResult } from "../data/parseDataset";
import type { DatasetMeta, Period, Place, UndatedItem } from "../data/schema";

/** A dataset loaded and indexed, or why not. */
export type LoadResult =
  | { ok: true; index: DatasetIndex; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; cancelled?: true };

export type DatasetAnswer =
  | { ok: false; errors: DatasetIssue[] }
  | {
      ok: true;
      warnings: DatasetIssue[];
      meta: DatasetMeta;
      places: Place[];
      periods: Period[];
      undated?: UndatedItem[];
      events: EventColumns;
      parts: IndexParts;
    };

/** In the worker: the answer to post, and what to transfer with it. */
export function packAnswer(result: ParseResult): {
  answer: DatasetAnswer;
  transfer: ArrayBuffer[];
} {
  if (!result.ok) return { answer: result, transfer: [] };
  const { events, ...rest } = result.dataset;
  return packColumns({
    ok: true,
    dataset: rest,
    columns: encodeEvents(events),
    warnings: result.warnings,
  });
}

/** `packAnswer` for events already in columns (`checkIntoColumns`). */
export function packColumns(result: ColumnsResult): {
  answer: DatasetAnswer;
  transfer: ArrayBuffer[];
} {
  if (!result.ok) return { answer: result, transfer: [] };
  const { meta, places, periods, undated } = result.dataset;
  const { columns } = result;
  const parts = computeIndexParts(columns);
  const { timeOrder, starts, ends, storyOrder, idTable, placeEvents } = parts;
  return {
    answer: {
      ok: true,
      warnings: result.warnings,
      meta,
      places,
      periods,
      ...(undated && { undated }),
      events: columns,
      parts,
    },
    transfer: [
      ...columnBuffers(columns),
      ...[
        timeOrder,
        starts,
        ends,
        storyOrder,
        idTable,
        placeEvents.offsets,
        placeEvents.positions,
      ].map((array) => array.buffer as ArrayBuffer),
    ],
  };
}

/** On the page: the worker's answer as the store takes it. */
export function unpackAnswer(answer: DatasetAnswer): LoadResult {
  if (!answer.ok) return answer;
  const { meta, places, periods, undated, events: columns, parts, warnings } = answer;
  const events = decodeEvents(columns, parts);
  const rest = { meta, places, periods, ...(undated && { undated }) };
  return { ok: true, index: linkIndex(rest, events, parts), warnings };
}

/** Where there is no worker: index a parsed dataset on this thread. */
export function indexResult(result: ParseResult): LoadResult {
  if (!result.ok) return result;
  return { ok: true, index: indexDataset(result.dataset), warnings: result.warnings };
}
