/**
 * The dataset format, as one zod schema. TypeScript types are inferred from it
 * and `data/dataset.schema.json` is generated from it (`npm run schema`), so
 * this file is the single source of truth.
 */
import { z } from "zod";
import { isPartialDate } from "./dates";
import { ID_PATTERN } from "./ids";
import { says } from "./issues";
import { MAX_LENGTH } from "./limits";
import { PLACE_KINDS } from "./placeKinds";
import { isWebUrl } from "./webUrl";
import { yearBeforeOne } from "./yearBeforeOne";

export { ID_PATTERN } from "./ids";

const id = z.string().regex(ID_PATTERN, says("notAnId")).max(MAX_LENGTH.id);

const text = (max: number) => z.string().trim().min(1, says("empty")).max(max);

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (UTC): the precision the source gives, never more. */
export const partialDate = z
  .string()
  // An empty date is said to be empty, not "\"\" is not a date" (review 32 F9); `abort` stops there.
  .min(1, { message: says("empty"), abort: true })
  // A year before 1 ("-0584", "44 BCE") is said to be one: "use YYYY…" had -0584 retyped as 0584.
  .refine((value) => isPartialDate(value) || yearBeforeOne(value) === null, {
    message: says("yearBeforeOne"),
    abort: true,
  })
  .refine(isPartialDate, says("notADate"))
  // Refinements do not reach JSON Schema: the pattern carries the shape there
  // (the refinement also rejects impossible days such as 2018-02-30).
  .meta({
    description:
      "A date at the precision the source gives: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MM (a minute, UTC)",
    pattern:
      "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9])?)?)?$",
  });

export const webUrl = z
  .string()
  .max(MAX_LENGTH.url)
  .refine(isWebUrl, says("notAWebUrl"))
  .meta({ format: "uri", pattern: "^https?://" });

/** A path relative to the dataset, or an http(s) URL (only one on the dataset's own site is used). */
const sourceTextAddress = z
  .string()
  .trim()
  .min(1, says("empty"))
  .max(MAX_LENGTH.url)
  .refine((value) => {
    try {
      const url = new URL(value, "https://dataset.invalid/");
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, says("notASourceText"))
  .meta({
    description:
      "The source's plain text, beside the dataset (article.txt): quotes are checked against it in the browser",
  });

/** A language tag for translations: "ja", "ru", "zh", "pt-BR". */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, says("notALanguageTag"));

/** Translations of some texts, by language; what a language lacks is shown in the dataset's own words. */
const translations = <T extends z.ZodRawShape>(shape: T) =>
  z.record(languageTag, z.object(shape)).optional();

const LONGITUDE = says("notALongitude");
const LATITUDE = says("notALatitude");
const lonLat = z.tuple(
  [
    z.number().min(-180, LONGITUDE).max(180, LONGITUDE),
    z.number().min(-90, LATITUDE).max(90, LATITUDE),
  ],
  says("notALonLat"),
);

const ring = z.array(lonLat).min(4, says("ringTooShort"));

export const geometrySchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
    z.object({
      type: z.literal("MultiPolygon"),
      coordinates: z.array(z.array(ring).min(1)).min(1),
    }),
  ],
  says("notAGeometryType"),
);

export const placeSchema = z
  .object({
    id,
    name: text(120),
    /** Required for disputed places only: they follow the naming switch. */
    names: z
      .object({
        en: text(120),
        /** The Japanese form, romanised as English texts use it (Etorofu). */
        ja: text(120).optional(),
        /** The Russian form, romanised as English texts use it (Iturup). */
        ru: text(120).optional(),
        /** Names in their own scripts, for example { "ja": "択捉島", "ru": "Итуруп" }. */
        native: z.record(z.string(), text(120)).optional(),
      })
      .optional(),
    kind: z.enum(PLACE_KINDS),
    /** Disputed places follow the naming perspective (Japanese, Russian or both). */
    disputed: z.boolean().optional(),
    coordinates: lonLat,
    geometry: geometrySchema.optional(),
    /** Who administers and who claims it, said neutrally. */
    status: text(300).optional(),
    note: text(1000).optional(),
    /** The place in other languages; `ja`/`ru` are the disputed names as that language writes them. */
    i18n: translations({
      name: text(120),
      ja: text(120).optional(),
      ru: text(120).optional(),
      status: text(300).optional(),
      note: text(1000).optional(),
    }),
  })
  .refine((place) => !place.disputed || place.names !== undefined, {
    path: ["names"],
    message: says("disputedNeedsNames"),
  });

export const quoteSchema = z.object({
  /** Copied verbatim from the source: a short excerpt, never the whole article. */
  text: text(MAX_LENGTH.quote),
  /**
   * 1-based paragraph number in the source text: blank-line separated blocks,
   * not counting the first block (headline and byline).
   */
  paragraph: z.number().int().min(1),
  /** The source set its first letter as a drop cap that runs into the next word ("Acold"): shown apart. */
  dropCap: z.boolean().optional(),
});

/** A picture, video or post from an imported story: shown as a card, loaded only when asked. */
export const mediaSchema = z.object({
  url: webUrl,
  caption: text(MAX_LENGTH.caption).optional(),
  credit: text(MAX_LENGTH.caption).optional(),
  thumbnail: webUrl.optional(),
});

export const eventSchema = z.object({
  id,
  /** May name places as `{place-id}`; the app renders them in the chosen naming perspective. */
  title: text(MAX_LENGTH.title),
  start: partialDate,
  end: partialDate.optional(),
  /** "Mid-April" and the like: drawn softer and written "c.". */
  approximate: z.boolean().optional(),
  places: z.array(id).default([]),
  actors: z.array(text(MAX_LENGTH.actor)).default([]),
  tags: z.array(text(MAX_LENGTH.tag)).default([]),
  /** Plain text; may be empty for imported items whose text is all in `body`. */
  summary: z.string().trim().max(MAX_LENGTH.summary).default(""),
  quote: quoteSchema.optional(),
  /** Where a date or fact comes from outside the article, say so here. */
  note: text(MAX_LENGTH.note).optional(),
  /** `label` is the link's words; without one, the page says "Link" in its own language. */
  links: z
    .array(z.object({ label: text(MAX_LENGTH.linkLabel).optional(), url: webUrl }))
    .optional(),
  /** The date as the source writes it for display ("Spring 1943", "14:30, 21 March 2018"). */
  displayDate: text(MAX_LENGTH.displayDate).optional(),
  /** Formatted text from an imported story (HTML, sanitised again whenever shown). */
  body: text(MAX_LENGTH.body).optional(),
  media: mediaSchema.optional(),
  /** The title, summary and note in other languages; the quote stays in the source's words. */
  i18n: translations({
    title: text(MAX_LENGTH.title).optional(),
    summary: text(MAX_LENGTH.summary).optional(),
    note: text(MAX_LENGTH.note).optional(),
  }),
});

/** An imported item with no usable date: kept and listed apart, never drawn on the timeline. */
export const undatedSchema = eventSchema.omit({ start: true, end: true, approximate: true });

export const metaSchema = z.object({
  title: text(160),
  description: text(2000).optional(),
  source: z
    .object({
      title: text(300),
      author: text(120).optional(),
      publication: text(160).optional(),
      date: partialDate.optional(),
      url: webUrl.optional(),
      note: text(1000).optional(),
      /** The source's full text beside the dataset: the browser checks every quote against it. */
      text: sourceTextAddress.optional(),
    })
    .optional(),
  licence: text(1000).optional(),
  /** The title and description in other languages; `note` says how they were translated. */
  i18n: translations({
    title: text(160).optional(),
    description: text(2000).optional(),
    note: text(1000).optional(),
    /** Actors and tags as this language writes them: { "Japan": "日本" }. */
    labels: z.record(z.string(), text(120)).optional(),
  }),
});

/**
 * A named period drawn as a band behind the timeline: a term of office, an
 * era of a TimelineJS story. Periods are context, not events: no place, no quote.
 */
export const periodSchema = z.object({
  id,
  title: text(MAX_LENGTH.title),
  start: partialDate,
  /** Inclusive, at its own precision; a period with no end runs to the dataset's last event. */
  end: partialDate.optional(),
  /** Where the period comes from when the source does not say it (general knowledge, a reference). */
  note: text(MAX_LENGTH.note).optional(),
  /** The title and note in other languages. */
  i18n: translations({
    title: text(MAX_LENGTH.title).optional(),
    note: text(MAX_LENGTH.note).optional(),
  }),
});

export const datasetSchema = z.object({
  $schema: z.string().optional(),
  meta: metaSchema,
  places: z.array(placeSchema).default([]),
  periods: z.array(periodSchema).default([]),
  events: z.array(eventSchema),
  /** Items without a usable date (imported stories): listed apart, counted apart. */
  undated: z.array(undatedSchema).optional(),
});

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = Place["kind"];
export type DatasetEvent = z.infer<typeof eventSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type Period = z.infer<typeof periodSchema>;
export type UndatedItem = z.infer<typeof undatedSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type Quote = z.infer<typeof quoteSchema>;
