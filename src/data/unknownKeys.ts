/**
 * Keys our JSON format does not have. zod leaves them out without a word, so a file with
 * `"palces"` or `"summery"` lost an event's places or summary and passed as valid (review 28 H5).
 * Each unknown key is said once per place in the format (`events[].summery`), at its first
 * occurrence, with how often it occurs and the field it is probably a misspelling of.
 *
 * Only items the quick event reader refuses are walked (an unknown key makes it refuse), with the
 * meta, places and periods, so a well-formed file of 100,000 events pays nothing for this.
 */
import type { z } from "zod";
import { closestOne } from "../search/typos";
import { isRecord } from "./isRecord";
import type { DatasetIssue } from "./issues";

type Schema = z.core.$ZodType;

/** The schema inside `optional`, `default` and `nullable`. */
function unwrapped(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: Schema };
    if (!def.innerType || !["optional", "default", "nullable", "prefault"].includes(def.type)) {
      return current;
    }
    current = def.innerType;
  }
}

/** A lowercase key without spaces, `_` or `-`: `Display_Date` is `displaydate`. */
const squeezed = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The one field of `fields` that `key` is close to: the same but for case and separators
 * (`Tags`), or within one edit (two from 7 letters) where no other field is as close.
 */
export function closestField(key: string, fields: readonly string[]): string | null {
  const written = squeezed(key);
  const max = written.length >= 7 ? 2 : written.length >= 4 ? 1 : 0;
  const named = fields.map((field) => [squeezed(field), field] as const);
  return closestOne(written, named, max) ?? null;
}

interface Seen {
  path: string;
  closest: string | null;
  count: number;
}

export class UnknownKeys {
  /** By pattern (`events[].summery`), in the order first met. */
  private readonly seen = new Map<string, Seen>();

  /** The keys of `value` (at `path`, `pattern` without its positions) that `schema` does not have, inside it too. */
  note(value: unknown, schema: Schema, path: string, pattern: string): void {
    const def = unwrapped(schema)._zod.def as {
      type: string;
      shape?: Record<string, Schema>;
      element?: Schema;
      valueType?: Schema;
    };
    if (def.type === "object" && def.shape && isRecord(value)) {
      const shape = def.shape;
      for (const key in value) {
        const field = shape[key];
        if (field) this.note(value[key], field, `${path}.${key}`, `${pattern}.${key}`);
        else this.add(`${path}.${key}`, `${pattern}.${key}`, key, shape);
      }
    } else if (def.type === "array" && def.element && Array.isArray(value)) {
      const element = def.element;
      value.forEach((item, i) => {
        this.note(item, element, `${path}[${i}]`, `${pattern}[]`);
      });
    } else if (def.type === "record" && def.valueType && isRecord(value)) {
      for (const key in value) {
        this.note(value[key], def.valueType, `${path}.${key}`, `${pattern}.*`);
      }
    }
  }

  /** The dataset's own keys, not the lists inside them (each item is noted by its reader). */
  noteTop(value: Record<string, unknown>, shape: Record<string, unknown>): void {
    for (const key in value) if (!(key in shape)) this.add(key, key, key, shape);
  }

  private add(path: string, pattern: string, key: string, shape: Record<string, unknown>): void {
    const seen = this.seen.get(pattern);
    if (seen) seen.count++;
    else this.seen.set(pattern, { path, closest: closestField(key, Object.keys(shape)), count: 1 });
  }

  issues(): DatasetIssue[] {
    return [...this.seen.values()].map(
      ({ path, closest, count }): DatasetIssue =>
        closest === null
          ? { path, code: "unknownField", params: { count } }
          : {
              path,
              code: "unknownFieldLike",
              params: { count, closest: { kind: "code", text: closest } },
            },
    );
  }
}
