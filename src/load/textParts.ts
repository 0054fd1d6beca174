/**
 * The events' long texts (ids, titles, summaries, quotes, notes: one string each, see
 * `data/joinedTexts.ts`) sent ahead of the worker's answer, in parts of about
 * `PART_CHARS` characters that end where a text ends, one message each. The
 * page copies a message in when it reads it, all in one task: at a million
 * CSV rows copying the answer took 135 ms of the 244 ms task that received it
 * (traced; 120–140 ms with the parts); a part of a million characters is a few
 * milliseconds, in a task of its own. The page keeps the parts as the texts'
 * chunks: joining them again cost ~50 ms per 14 MB.
 */
import type { EventColumns } from "../data/eventColumns";
import { chunkTexts, textsFromChunks } from "../data/joinedTexts";

export const PART_CHARS = 1 << 20;

const FIELDS = ["ids", "titles", "summaries", "quotes", "notes"] as const;
type TextField = (typeof FIELDS)[number];

/** A worker's message with a part of one of the long texts; its final answer has `ok` instead. */
export interface TextPartMessage {
  textPart: { field: TextField; text: string };
}

/**
 * In the worker: the parts to post before the answer, for each text longer
 * than one part; those texts are left without chunks in `columns`.
 */
export function takeTextParts(columns: EventColumns, size = PART_CHARS): TextPartMessage[] {
  const messages: TextPartMessage[] = [];
  for (const field of FIELDS) {
    const texts = columns[field];
    if ((texts.chunkEnds.at(-1) ?? 0) <= size) continue;
    for (const text of chunkTexts(texts, size).chunks) messages.push({ textPart: { field, text } });
    columns[field] = { chunks: [], chunkEnds: [], ends: texts.ends };
  }
  return messages;
}

/** On the page: the parts as they come, put back into the answer's columns as their chunks. */
export class TextParts {
  private readonly parts = new Map<TextField, string[]>();

  add({ field, text }: TextPartMessage["textPart"]): void {
    const parts = this.parts.get(field);
    if (parts) parts.push(text);
    else this.parts.set(field, [text]);
  }

  restore(columns: EventColumns): void {
    for (const [field, chunks] of this.parts) {
      columns[field] = textsFromChunks(chunks, columns[field].ends);
    }
    this.parts.clear();
  }
}
