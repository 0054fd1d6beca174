/**
 * The shipped dataset travels in parts: the English base, and one file per
 * language holding only that language's `i18n` texts, keyed by id. A reader
 * downloads the base and the page's language; the others come when a
 * language is switched to, a search starts, or the whole dataset is needed
 * (editing, Download, the one-file copy). Merging every part gives back the
 * dataset as written, key for key.
 */

type Texts = Record<string, unknown>;
type Item = Record<string, unknown> & { i18n?: Record<string, Texts> };

/** The collections whose items may carry `i18n`, each item with an `id`. */
const COLLECTIONS = ["places", "periods", "events", "undated"] as const;
type Collection = (typeof COLLECTIONS)[number];

/** A dataset as JSON: only the parts this module reads are typed. */
export type RawDataset = Record<string, unknown> & {
  meta?: Item;
} & Partial<Record<Collection, Item[]>>;

/** One language's texts: `meta`'s, and each item's by id. */
export interface TranslationFile {
  lang: string;
  meta?: Texts;
  items: Partial<Record<Collection, Record<string, Texts>>>;
}

export interface SplitDataset {
  base: RawDataset;
  /** By language, in the order the dataset first names them. */
  translations: Record<string, TranslationFile>;
}

function withoutI18n(item: Item): Item {
  const { i18n: _dropped, ...rest } = item;
  return rest;
}

/** The English base and one file per language. Throws on an item with translations and no id. */
export function splitTranslations(dataset: RawDataset): SplitDataset {
  const translations: Record<string, TranslationFile> = {};
  const fileOf = (lang: string): TranslationFile => {
    translations[lang] ??= { lang, items: {} };
    return translations[lang];
  };
  const base: RawDataset = { ...dataset };
  if (dataset.meta) {
    for (const [lang, texts] of Object.entries(dataset.meta.i18n ?? {})) fileOf(lang).meta = texts;
    base.meta = withoutI18n(dataset.meta);
  }
  for (const collection of COLLECTIONS) {
    const items = dataset[collection];
    if (!items) continue;
    for (const item of items) {
      if (!item.i18n) continue;
      if (typeof item.id !== "string") {
        throw new Error(`${collection}: an item with translations has no id`);
      }
      for (const [lang, texts] of Object.entries(item.i18n)) {
        const file = fileOf(lang);
        file.items[collection] ??= {};
        (file.items[collection] as Record<string, Texts>)[item.id] = texts;
      }
    }
    base[collection] = items.map(withoutI18n);
  }
  return { base, translations };
}

function withTexts(item: Item, found: [string, Texts][]): Item {
  if (found.length === 0) return item;
  // A language given again replaces the earlier one; `i18n` stays where the item had it, else last.
  return { ...item, i18n: { ...item.i18n, ...Object.fromEntries(found) } };
}

/** The base with the files' texts put back, in the order the files are given. Never changes its input. */
export function mergeTranslations(base: RawDataset, files: readonly TranslationFile[]): RawDataset {
  const merged: RawDataset = { ...base };
  if (base.meta) {
    const found = files.flatMap((file): [string, Texts][] =>
      file.meta ? [[file.lang, file.meta]] : [],
    );
    merged.meta = withTexts(base.meta, found);
  }
  for (const collection of COLLECTIONS) {
    const items = base[collection];
    if (!items) continue;
    merged[collection] = items.map((item) => {
      const id = item.id;
      if (typeof id !== "string") return item;
      const found = files.flatMap((file): [string, Texts][] => {
        const texts = file.items[collection]?.[id];
        return texts ? [[file.lang, texts]] : [];
      });
      return withTexts(item, found);
    });
  }
  return merged;
}
