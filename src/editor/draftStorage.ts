/**
 * The draft as it is stored (IndexedDB, through idb-keyval) and read back.
 * Reading takes `unknown`: a stored draft from an older version or a damaged
 * one is refused with a reason, never half-restored.
 */
import { isRecord } from "../data/isRecord";
import type { Period, Place, UndatedItem } from "../data/schema";
import { finishSteps, type Steps } from "../data/steps";
import type {
  Draft,
  DraftEvent,
  DraftPeriod,
  DraftPlace,
  DraftUndated,
  EventFields,
  PlaceFields,
} from "./draft";
import {
  draftUndatedOf,
  eventFields,
  periodFields,
  placeFields,
  undatedFields,
  validateEvent,
  validatePeriod,
  validatePlace,
  validateUndated,
  validPlaces,
} from "./draft";
import "./editorMessages";

/**
 * 2 since undated items are stored as typed (`restoreUndated`): the version before it reopened
 * such a draft's items as items, untitled, and downloaded them so. Version 1 drafts still open.
 */
const VERSION = 2;
const READ_VERSIONS: readonly unknown[] = [1, VERSION];

export interface StoredDraft {
  version: typeof VERSION;
  savedAt: number;
  /** Only what the author typed: validity is recomputed on restore. */
  draft: {
    meta: Draft["meta"];
    /** As typed, like places; drafts stored before periods were edited hold the periods themselves. */
    periods: (StoredPeriod | Period)[];
    /**
     * As typed, like events; absent from drafts stored before undated items were kept, and the
     * items themselves in drafts stored before their texts were edited (`restoreUndated`).
     */
    undated?: (StoredUndated | UndatedItem)[];
    sourceText: string;
    basedOn: string;
    placeholderTitle?: string;
    /** A title the format refuses, as typed (cleared); absent when the title is `meta.title`. */
    typedTitle?: string;
    /** `basis`: absent from drafts stored before translations were marked (nothing is then). */
    places: Pick<DraftPlace, "fields" | "extra" | "valid" | "basis">[];
    /**
     * `otherLinks`: absent from drafts stored before they were kept apart (`upgradeEvent`);
     * `checkedQuote`, from drafts stored before it was kept (no quote marked then).
     */
    events: Pick<DraftEvent, "fields" | "valid" | "basis" | "otherLinks" | "checkedQuote">[];
  };
}

type StoredPeriod = Pick<DraftPeriod, "fields" | "extra" | "valid" | "basis">;
type StoredUndated = Pick<DraftUndated, "fields" | "valid" | "basis">;

type PlaceRow = StoredDraft["draft"]["places"][number];
type EventRow = StoredDraft["draft"]["events"][number];

/** An event as stored: before its link's text was edited, its fields lack it. */
type StoredEvent = Omit<EventRow, "fields"> & {
  fields: Omit<EventFields, "linkLabel"> & Partial<Pick<EventFields, "linkLabel">>;
};

/** A place as stored: before its status and note were edited, its fields lack them. */
type StoredPlace = Omit<PlaceRow, "fields"> & {
  fields: Omit<PlaceFields, "status" | "note"> & Partial<Pick<PlaceFields, "status" | "note">>;
};

/** What such a place kept in its `extra` then. */
type OldPlaceExtra = DraftPlace["extra"] & Pick<Place, "status" | "note">;

/** A row as stored, with its translations' basis only when it has one (nothing else to store). */
function withBasis<Row extends object, Basis extends object>(
  row: Row,
  basis: Basis | undefined,
): Row & { basis?: Basis } {
  return basis ? { ...row, basis } : row;
}

/**
 * Each event's stored row, made once: an unchanged event gives the same row at every save, which
 * is how the chunked store (`draftChunks.ts`) knows what it need not write again. A draft's items
 * are never changed in place (an edit makes a new one).
 */
const storedRows = new WeakMap<DraftEvent, EventRow>();

function storedEvent(event: DraftEvent): EventRow {
  let row = storedRows.get(event);
  if (!row) {
    const { fields, valid, basis, otherLinks, checkedQuote } = event;
    row = withBasis(
      { fields, valid, ...(otherLinks && { otherLinks }), ...(checkedQuote && { checkedQuote }) },
      basis,
    );
    storedRows.set(event, row);
  }
  return row;
}

export function serialiseDraft(draft: Draft, savedAt: number): StoredDraft {
  return {
    version: VERSION,
    savedAt,
    draft: {
      meta: draft.meta,
      periods: draft.periods.map(({ fields, extra, valid, basis }) =>
        withBasis({ fields, extra, valid }, basis),
      ),
      undated: draft.undated.map(({ fields, valid, basis }) => withBasis({ fields, valid }, basis)),
      sourceText: draft.sourceText,
      basedOn: draft.basedOn,
      ...(draft.placeholderTitle !== undefined && { placeholderTitle: draft.placeholderTitle }),
      ...(draft.typedTitle !== undefined && { typedTitle: draft.typedTitle }),
      places: draft.places.map(({ fields, extra, valid, basis }) =>
        withBasis({ fields, extra, valid }, basis),
      ),
      events: draft.events.map(storedEvent),
    },
  };
}

/** Why a draft was refused, as a message key (`editor.…`) and its values: the page words it. */
export type RefusalReason =
  | { key: "editor.draftDamaged" | "editor.draftEmpty"; values?: undefined }
  | { key: "editor.draftUnreadable"; values: { reason: string } };

export type RestoreResult =
  | { ok: true; draft: Draft; savedAt: number }
  | { ok: false; reason: RefusalReason };

/** Events revalidated in one step of `restoreDraftSteps`: ~100 ms here (27 µs an event). */
export const RESTORE_STEP_EVENTS = 4000;

/**
 * A stored draft, revalidated field by field. The last valid form of each
 * item is kept as stored (it was valid when saved) unless it no longer is.
 */
export function restoreDraft(stored: unknown): RestoreResult {
  return finishSteps(restoreDraftSteps(stored));
}

/**
 * `restoreDraft` in steps of `perStep` events, so that a long draft reopens without freezing the
 * page: at 100,000 events its revalidation was one task of 2.7 s among 6–8 (review 34 F2).
 */
export function* restoreDraftSteps(
  stored: unknown,
  perStep = RESTORE_STEP_EVENTS,
): Steps<RestoreResult> {
  if (!isRecord(stored) || !READ_VERSIONS.includes(stored.version) || !isRecord(stored.draft)) {
    return { ok: false, reason: { key: "editor.draftDamaged" } };
  }
  const raw = stored.draft;
  if (!Array.isArray(raw.events) || !Array.isArray(raw.places) || !isRecord(raw.meta)) {
    return { ok: false, reason: { key: "editor.draftEmpty" } };
  }
  try {
    const places: DraftPlace[] = (raw.places as StoredPlace[]).map(upgradePlace).map((place) => {
      const checked = validatePlace(place.fields, place.extra ?? {});
      return {
        fields: place.fields,
        extra: place.extra ?? {},
        valid:
          checked.valid ??
          (place.valid ? validatePlace(placeFieldsOf(place), place.extra ?? {}).valid : null),
        errors: checked.errors,
        ...basisOf(place),
      };
    });
    const partial: Draft = {
      meta: raw.meta as Draft["meta"],
      periods: Array.isArray(raw.periods)
        ? (raw.periods as StoredDraft["draft"]["periods"]).map(restorePeriod)
        : [],
      undated: [],
      sourceText: typeof raw.sourceText === "string" ? raw.sourceText : "",
      basedOn: typeof raw.basedOn === "string" ? raw.basedOn : "",
      ...(typeof raw.placeholderTitle === "string" && { placeholderTitle: raw.placeholderTitle }),
      ...(typeof raw.typedTitle === "string" && { typedTitle: raw.typedTitle }),
      places,
      events: [],
    };
    const known = validPlaces(partial);
    const undated = Array.isArray(raw.undated)
      ? (raw.undated as (StoredUndated | UndatedItem)[]).map((item) => restoreUndated(item, known))
      : [];
    const stepped = raw.events as StoredEvent[];
    const events: DraftEvent[] = [];
    for (let start = 0; start < stepped.length; start += perStep) {
      if (start > 0) yield;
      const end = Math.min(start + perStep, stepped.length);
      for (let at = start; at < end; at++)
        events.push(restoreEvent(stepped[at] as StoredEvent, known));
    }
    const savedAt = typeof stored.savedAt === "number" ? stored.savedAt : 0;
    return { ok: true, draft: { ...partial, undated, events }, savedAt };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: { key: "editor.draftUnreadable", values: { reason } } };
  }
}

/** A stored event, upgraded and revalidated against the draft's valid places. */
function restoreEvent(stored: StoredEvent, known: ReturnType<typeof validPlaces>): DraftEvent {
  const event = upgradeEvent(stored);
  const otherLinks = event.otherLinks ?? [];
  const checked = validateEvent(event.fields, known, event.valid ?? null, otherLinks);
  // The stored form checked as it is: its links after the first are its own.
  const previous = event.valid
    ? validateEvent(fieldsOfValid(event), known, event.valid, event.valid.links?.slice(1)).valid
    : null;
  return {
    fields: event.fields,
    valid: checked.valid ?? previous,
    errors: checked.errors,
    ...basisOf(event),
    ...(otherLinks.length > 0 && { otherLinks }),
    ...(typeof event.checkedQuote === "string" && { checkedQuote: event.checkedQuote }),
  };
}

/**
 * A place as the form now has it. Drafts stored before its status and note were edited kept them
 * in `extra` (or, never typed, in the last valid form): they become its fields, and the English
 * texts its translations were written for, as they could not have been changed then.
 */
function upgradePlace(stored: StoredPlace): PlaceRow {
  const { status: typedStatus, note: typedNote } = stored.fields;
  if (typeof typedStatus === "string" && typeof typedNote === "string") {
    return { ...stored, fields: { ...stored.fields, status: typedStatus, note: typedNote } };
  }
  const { status, note, ...extra } = (stored.extra ?? {}) as OldPlaceExtra;
  const texts = {
    status: status ?? stored.valid?.status ?? "",
    note: note ?? stored.valid?.note ?? "",
  };
  const basis = isRecord(stored.basis) ? { ...texts, ...stored.basis } : undefined;
  return withBasis({ ...stored, fields: { ...stored.fields, ...texts }, extra }, basis);
}

/**
 * An event as the form now has it: drafts stored before its link's text was edited kept the
 * dataset's label unseen, in the last valid form; it becomes the Link text field's. Drafts stored
 * before its other links were kept apart have them in that form: all its links while Link is
 * empty, else those after the first.
 */
function upgradeEvent(stored: StoredEvent): EventRow {
  const linkLabel = stored.fields.linkLabel ?? stored.valid?.links?.[0]?.label ?? "";
  const links = stored.valid?.links ?? [];
  const otherLinks = Array.isArray(stored.otherLinks)
    ? stored.otherLinks
    : links.slice(stored.fields.link.trim() === "" ? 0 : 1);
  return { ...stored, fields: { ...stored.fields, linkLabel }, otherLinks };
}

/**
 * A stored undated item, its texts revalidated as an event's. Drafts stored before its texts were
 * edited hold the item itself, as it came: it is its own last valid form and its texts as typed.
 */
function restoreUndated(
  stored: StoredUndated | UndatedItem,
  known: ReturnType<typeof validPlaces>,
): DraftUndated {
  if (!("fields" in stored)) return draftUndatedOf(stored);
  const checked = validateUndated(stored.fields, known, stored.valid);
  // The stored form, checked as it is; kept as stored should it no longer pass (as before).
  const previous = validateUndated(undatedFields(stored.valid), known, stored.valid).valid;
  return {
    fields: stored.fields,
    valid: checked.valid ?? previous ?? stored.valid,
    errors: checked.errors,
    ...basisOf(stored),
  };
}

/** A stored period, revalidated as places are; one stored as the period itself was valid then. */
function restorePeriod(stored: StoredPeriod | Period): DraftPeriod {
  if (!("fields" in stored)) {
    const extra = stored.i18n ? { i18n: stored.i18n } : {};
    const checked = validatePeriod(periodFields(stored), extra);
    return { fields: periodFields(stored), extra, ...checked };
  }
  const extra = stored.extra ?? {};
  const checked = validatePeriod(stored.fields, extra);
  return {
    fields: stored.fields,
    extra,
    valid:
      checked.valid ??
      (stored.valid ? validatePeriod(periodFields(stored.valid), extra).valid : null),
    errors: checked.errors,
    ...basisOf(stored),
  };
}

/** The English texts a stored item's translations were written for, when they are texts. */
function basisOf(stored: { basis?: unknown }): { basis?: Record<string, string> } {
  if (!isRecord(stored.basis)) return {};
  const texts = Object.entries(stored.basis).filter(([, text]) => typeof text === "string");
  return { basis: Object.fromEntries(texts) as Record<string, string> };
}

/** The stored last valid form, as fields, to check it is still valid. */
function fieldsOfValid(event: StoredDraft["draft"]["events"][number]): EventFields {
  return event.valid ? eventFields(event.valid) : event.fields;
}

function placeFieldsOf(place: StoredDraft["draft"]["places"][number]): PlaceFields {
  return place.valid ? placeFields(place.valid) : place.fields;
}
