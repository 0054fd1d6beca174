/**
 * Longest ids, URLs and event texts (texts in UTF-16 code units, after
 * trimming). The schema, the quick reader (`quickEvent.ts`) and the URL codec
 * use these; no zod here, so the main bundle can import them.
 */
export const MAX_LENGTH = {
  id: 120,
  url: 2000,
  title: 160,
  summary: 1000,
  actor: 60,
  tag: 60,
  quote: 600,
  note: 1000,
  linkLabel: 120,
  displayDate: 120,
  /** Rich text as imported (sanitised HTML, `body`); shown through DOMPurify. */
  body: 20000,
  caption: 2000,
} as const;
