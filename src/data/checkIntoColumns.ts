/**
 * `parseDataset` and `encodeEvents` in one pass, for a dataset fresh from
 * JSON.parse in the dataset worker: each raw event is checked and written
 * straight into the columns, with no event object of its own. The quick
 * reader fills one `QuickFields` again for each event; an event it cannot
 * vouch for goes through zod, and its result into the columns the same way.
 * The columns, warnings and rest are those of `encodeEvents(parseDataset(input,
 * { handedOver: true }).dataset.events)`, which the tests hold it to.
 */
import { type ColumnFields, ColumnWriter, type EventColumns, restOf } from "./eventColumns";
import type { DatasetIssue } from "./issues";
import { checkEvent, type EventChecks, leftOut, type ParsedWith, parseWith } from "./parseDataset";
import { quickFields, quickReadEvent } from "./quickEvent";
import { type Dataset, type DatasetEvent, eventSchema } from "./schema";
import { REPORT_INPUT, zodIssues } from "./zodIssues";

export type ColumnsResult =
  | {
      ok: true;
      dataset: Omit<Dataset, "events">;
      columns: EventColumns;
      warnings: DatasetIssue[];
    }
  | { ok: false; errors: DatasetIssue[] };

/** `input` as JSON.parse gave it, handed over: its lists may end up in the columns. */
export function checkIntoColumns(input: unknown): ColumnsResult {
  const result = parseWith(input, { handedOver: true }, (rawEvents, checks) => {
    const into = new EventsIntoColumns(checks, rawEvents.length);
    for (let i = 0; i < rawEvents.length; i++) into.add(rawEvents[i], i);
    return { events: into.writer, count: into.writer.length };
  });
  return columnsOf(result);
}

/** The checked dataset with its writer's columns. */
export function columnsOf(result: ParsedWith<ColumnWriter>): ColumnsResult {
  if (!result.ok) return result;
  return {
    ok: true,
    dataset: result.dataset,
    columns: result.events.columns(),
    warnings: result.warnings,
  };
}

/** Raw events (as JSON.parse gave them, handed over) checked one by one into one writer's columns. */
export class EventsIntoColumns {
  readonly writer: ColumnWriter;
  private readonly fields = quickFields();

  /** `capacity`: the events expected, a guess where the list is still arriving. */
  constructor(
    private readonly checks: EventChecks,
    capacity: number,
  ) {
    this.writer = new ColumnWriter(capacity);
  }

  /** Raw event `i` (its position in the dataset's list): written, or left out with a warning. */
  add(raw: unknown, i: number): void {
    const { checks, fields, writer } = this;
    if (quickReadEvent(raw, true, fields, true)) {
      const known = checkEvent(fields, i, checks);
      if (known === null) return;
      fields.places = known;
      if (checks.endLeftOut) fields.end = undefined;
      writer.write(fields, fields.links === undefined ? null : { links: fields.links });
      return;
    }
    checks.unknownKeys.note(raw, eventSchema, `events[${i}]`, "events[]");
    const parsed = eventSchema.safeParse(raw, REPORT_INPUT);
    if (!parsed.success) {
      checks.warnings.push(...leftOut(zodIssues(parsed.error, ["events", i]), "event"));
      return;
    }
    const known = checkEvent(parsed.data, i, checks);
    if (known === null) return;
    let checked: DatasetEvent = parsed.data;
    if (checks.endLeftOut) {
      const { end: _, ...kept } = checked;
      checked = kept;
    }
    const event = known === checked.places ? checked : { ...checked, places: known };
    writer.write(event as DatasetEvent & ColumnFields, restOf(event));
  }
}
