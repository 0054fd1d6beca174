/**
 * Full-text search over a dataset: an inverted index from normalised tokens
 * to the events (and the field) they occur in, built once per dataset.
 *
 * A query term matches every token that contains it (so "turup" finds
 * "iturup", and "択捉" finds "択捉島"): the distinct tokens are one string,
 * scanned with `indexOf`, and the events come from the matching tokens'
 * postings. A query costs O(vocabulary + postings of the matching tokens),
 * a few milliseconds at 100,000 events, where a scan of every event's text
 * costs tens.
 *
 * The index is built in slices (`buildSearchIndex`), so a large dataset
 * never blocks the page for long; `getSearchIndex` builds it all at once.
 */
import type { DatasetIndex, IndexedEvent } from "../data/indexDataset";
import { allPlaceNames } from "../data/names";
import { fillPlaceTokens } from "../data/placeTokens";
import type { Place } from "../data/schema";
import { queryTerms, tokenize } from "./normalize";
import { closestNameWord, nameWordsOf } from "./typos";

// The status's sentence comes with the search's code: no first load needs it.
export { resultSentence } from "./resultSentence";

/** Fields of an event, best first. */
export const FIELDS = ["title", "places", "actors", "tags", "summary", "quote", "note"] as const;
export type SearchField = (typeof FIELDS)[number];
const FIELD_WEIGHTS = [12, 8, 6, 4, 2, 1, 1] as const;
const FIELD = Object.fromEntries(FIELDS.map((name, i) => [name, i])) as Record<SearchField, number>;

/** Postings pack an event's position and a field in one number: the field in its low FIELD_BITS bits. */
const FIELD_BITS = 3;
const FIELD_SLOTS = 1 << FIELD_BITS;
const FIELD_MASK = FIELD_SLOTS - 1;
if (FIELDS.length > FIELD_SLOTS) throw new Error("FIELD_BITS is too small for FIELDS");
const pack = (event: number, field: number) => (event << FIELD_BITS) | field;
const eventOf = (posting: number) => posting >>> FIELD_BITS;
const fieldOf = (posting: number) => posting & FIELD_MASK;

export interface SearchIndex {
  dataset: DatasetIndex;
  /** The distinct tokens, each followed by "\n". */
  vocabulary: string;
  /** Where each token starts in `vocabulary`, then the end. */
  tokenStarts: Int32Array;
  /**
   * Token t's postings are `postings[t][0 .. postingCounts[t]]`, in time order; a token with one
   * posting has no list (null) and its posting in `firstPostings[t]`.
   */
  postings: (Int32Array | null)[];
  postingCounts: Int32Array;
  firstPostings: Int32Array;
  /** Each place's naming forms, as written and normalised, and its notes in every language (normalised). */
  places: { place: Place; names: string[]; normalized: string[]; notes: string }[];
  /** Each word of a place's or actor's name (normalised), with how it is written: typos are corrected to these. */
  nameWords: Map<string, string>;
}

/** A title with every naming form of each `{place-id}` token, so any of them finds it. */
export function titleInAllForms(dataset: DatasetIndex, title: string): string {
  return fillPlaceTokens(title, (id) => {
    const place = dataset.places.get(id);
    return place ? allPlaceNames(place).join(" ") : undefined;
  });
}

/** Builds the index a slice of events at a time. */
export class SearchIndexBuilder {
  private readonly tokenIds = new Map<string, number>();
  private readonly tokens: string[] = [];
  /**
   * Each token's postings, grown by doubling (no one big array to copy), made at its second: most
   * tokens occur once (a million numbered CSV titles, a million tokens: one small array each held
   * the index at 246 MB of heap), and their one posting waits in `firsts`.
   */
  private readonly lists: (Int32Array | null)[] = [];
  private readonly firsts: number[] = [];
  private readonly counts: number[] = [];
  /** The last event each token was posted for, so each (token, event) is posted once: in its best field. */
  private readonly lastEvent: number[] = [];
  /** Token ids of short texts that repeat (actors, tags, place lists, titles with tokens). */
  private readonly cached = new Map<string, readonly number[]>();
  private readonly placeTexts = new Map<string, string>();
  private next = 0;

  constructor(readonly dataset: DatasetIndex) {}

  get done(): boolean {
    return this.next >= this.dataset.events.length;
  }

  /** Share of events indexed, 0 to 1. */
  get progress(): number {
    const n = this.dataset.events.length;
    return n === 0 ? 1 : this.next / n;
  }

  private tokenId(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokenIds.set(token, id);
      this.tokens.push(token);
      this.lists.push(null);
      this.firsts.push(0);
      this.counts.push(0);
      this.lastEvent.push(-1);
    }
    return id;
  }

  private idsOf(text: string): readonly number[] {
    let ids = this.cached.get(text);
    if (!ids) {
      ids = tokenize(text).map((token) => this.tokenId(token));
      if (this.cached.size < 100_000) this.cached.set(text, ids);
    }
    return ids;
  }

  private add(id: number, event: number, field: number) {
    if (this.lastEvent[id] === event) return;
    this.lastEvent[id] = event;
    const posting = pack(event, field);
    const count = this.counts[id] as number;
    this.counts[id] = count + 1;
    if (count === 0) {
      this.firsts[id] = posting;
      return;
    }
    let list = this.lists[id] ?? null;
    if (list === null) {
      list = new Int32Array(4);
      list[0] = this.firsts[id] as number;
      this.lists[id] = list;
    } else if (count === list.length) {
      const grown = new Int32Array(count * 2);
      grown.set(list);
      list = grown;
      this.lists[id] = grown;
    }
    list[count] = posting;
  }

  private post(event: number, field: number, ids: readonly number[]) {
    for (const id of ids) this.add(id, event, field);
  }

  private postText(event: number, field: number, text: string) {
    for (const token of tokenize(text)) this.add(this.tokenId(token), event, field);
  }

  private postTitle(event: number, title: string) {
    if (title.includes("{")) {
      this.post(event, FIELD.title, this.idsOf(titleInAllForms(this.dataset, title)));
    } else {
      this.postText(event, FIELD.title, title);
    }
  }

  private placeText(id: string): string {
    let text = this.placeTexts.get(id);
    if (text === undefined) {
      const place = this.dataset.places.get(id);
      text = place ? allPlaceNames(place).join(" ") : "";
      this.placeTexts.set(id, text);
    }
    return text;
  }

  /** Index events until `deadline` (a `performance.now()` time) or the end; true when done. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    const { events } = this.dataset;
    while (this.next < events.length) {
      const i = this.next++;
      const event = events[i] as IndexedEvent;
      this.postTitle(i, event.title);
      // Translations are found in every language, whatever the interface's.
      const translations = event.i18n ? Object.values(event.i18n) : [];
      for (const translation of translations) {
        if (translation.title) this.postTitle(i, translation.title);
        if (translation.summary) this.postText(i, FIELD.summary, translation.summary);
      }
      for (const id of event.places) this.post(i, FIELD.places, this.idsOf(this.placeText(id)));
      for (const actor of event.actors) this.post(i, FIELD.actors, this.idsOf(actor));
      for (const tag of event.tags) this.post(i, FIELD.tags, this.idsOf(tag));
      this.postText(i, FIELD.summary, event.summary);
      if (event.quote) this.postText(i, FIELD.quote, event.quote.text);
      if (event.note) this.postText(i, FIELD.note, event.note);
      if ((i & 15) === 15 && performance.now() >= deadline) break;
    }
    return this.done;
  }

  /** The finished index (finishing it first if needed). */
  finish(): SearchIndex {
    this.step();
    const tokenCount = this.tokens.length;
    const tokenStarts = new Int32Array(tokenCount + 1);
    let offset = 0;
    for (let t = 0; t < tokenCount; t++) {
      tokenStarts[t] = offset;
      offset += (this.tokens[t]?.length ?? 0) + 1;
    }
    tokenStarts[tokenCount] = offset;
    const vocabulary = tokenCount === 0 ? "" : `${this.tokens.join("\n")}\n`;
    const places = Array.from(this.dataset.places.values(), (place) => {
      const names = allPlaceNames(place);
      return {
        place,
        names,
        normalized: names.map((name) => tokenize(name).join(" ")),
        notes: tokenize(notesOf(place)).join(" "),
      };
    });
    const names = [
      ...places.flatMap((entry) => entry.names),
      ...this.dataset.actors.map((actor) => actor.name),
    ];
    return {
      dataset: this.dataset,
      vocabulary,
      tokenStarts,
      postings: this.lists,
      postingCounts: Int32Array.from(this.counts),
      firstPostings: Int32Array.from(this.firsts),
      places,
      nameWords: nameWordsOf(names),
    };
  }
}

const built = new WeakMap<DatasetIndex, SearchIndex>();

/** A build under way: its index to come, and whether a reader waits for it. */
interface Build {
  ready: Promise<SearchIndex>;
  /** False while only built ahead (`whenIdle`): its slices run in the page's idle time. */
  urgent: boolean;
  /** Starts its next slice at once, when it waited for an idle moment that a reader cannot wait for. */
  hurry: () => void;
  /** Share of the events indexed, 0 to 1. */
  progress: () => number;
}
const building = new WeakMap<DatasetIndex, Build>();

/** The index if it is built already. */
export function peekSearchIndex(dataset: DatasetIndex): SearchIndex | null {
  return built.get(dataset) ?? null;
}

/** How far a build under way has come (0 to 1), or null when none is. */
export function buildProgress(dataset: DatasetIndex): number | null {
  return building.get(dataset)?.progress() ?? null;
}

/** The search index of a dataset, built now (all at once) if needed and kept while the dataset lives. */
export function getSearchIndex(dataset: DatasetIndex): SearchIndex {
  let index = built.get(dataset);
  if (!index) {
    index = new SearchIndexBuilder(dataset).finish();
    built.set(dataset, index);
  }
  return index;
}

const SLICE_MS = 12;

export interface BuildOptions {
  /**
   * Built ahead of need: each slice waits for an idle moment (`requestIdleCallback`) and ends
   * with it, so the page's own work goes first. A call without it joins the build and
   * hurries it to the usual slices.
   */
  whenIdle?: boolean;
  /** Checked before each idle slice: false leaves a build ahead of need unfinished (its dataset went). */
  wanted?: () => boolean;
}

/**
 * Build the index in slices of about 12 ms, yielding to the page between
 * them, so typing and scrolling stay smooth while a large dataset is indexed.
 * One build per dataset, however often it is asked for.
 */
export function buildSearchIndex(
  dataset: DatasetIndex,
  { whenIdle = false, wanted = () => true }: BuildOptions = {},
): Promise<SearchIndex> {
  const ready = built.get(dataset);
  if (ready) return Promise.resolve(ready);
  let build = building.get(dataset);
  if (!build) {
    build = startBuild(dataset, !whenIdle || typeof requestIdleCallback !== "function", wanted);
    building.set(dataset, build);
  }
  if (!whenIdle && !build.urgent) {
    build.urgent = true;
    build.hurry();
  }
  return build.ready;
}

function startBuild(dataset: DatasetIndex, urgent: boolean, wanted: () => boolean): Build {
  const builder = new SearchIndexBuilder(dataset);
  let resolve!: (index: SearchIndex) => void;
  let idle: number | null = null;
  const slice = (deadline: number) => {
    if (!builder.step(deadline)) {
      next();
      return;
    }
    const index = builder.finish();
    built.set(dataset, index);
    building.delete(dataset);
    resolve(index);
  };
  const next = () => {
    if (build.urgent) {
      setTimeout(() => slice(performance.now() + SLICE_MS), 0);
      return;
    }
    idle = requestIdleCallback((moment) => {
      idle = null;
      if (!wanted()) building.delete(dataset);
      // The whole idle moment (up to 50 ms): the browser keeps it free of the page's own work.
      else slice(performance.now() + moment.timeRemaining());
    });
  };
  const build: Build = {
    ready: new Promise<SearchIndex>((done) => {
      resolve = done;
    }),
    urgent,
    progress: () => builder.progress,
    hurry: () => {
      if (idle === null) return;
      cancelIdleCallback(idle);
      idle = null;
      next();
    },
  };
  if (urgent) slice(performance.now() + SLICE_MS);
  else next();
  return build;
}

export interface EventMatch {
  kind: "event";
  /** Time-ordered position in the dataset. */
  position: number;
  event: IndexedEvent;
  score: number;
}

export interface PlaceMatch {
  kind: "place";
  place: Place;
  /** The naming form that matched best (Etorofu, Iturup, 択捉島…). */
  matchedName: string;
  /** Found by its note alone, no name holding the terms (the result shows the note's words). */
  byNote?: true;
  score: number;
}

export interface SearchResult {
  /** Normalised terms, longest first; every one must match. */
  terms: string[];
  /** The best events, best first, up to the limit. */
  events: EventMatch[];
  /** Matching events that pass the filters (all of them, not only the ones returned). */
  total: number;
  /** Every matching event's position, in time order, whatever the limit and the filters: "only matches". Read only (kept for the next search of the query). */
  positions: Int32Array;
  /** Matching events the filters hide. */
  hidden: number;
  /** The best places, best first, up to the limit. */
  places: PlaceMatch[];
  /** Matching places (all of them, not only the ones returned). */
  placesTotal: number;
  /** Set when nothing matched the query as typed: the corrected query ("Kunashir") these results are for. */
  correction?: string;
}

export interface SearchOptions {
  /** Most events returned. */
  limit?: number;
  /** Most places returned. */
  placeLimit?: number;
  /** Filter mask (time-ordered positions); null lets everything through. */
  mask?: Uint8Array | null;
  /**
   * Whose dataset it is (the store's `source`, kept when a dataset is indexed again in place): a
   * search before its new index is built (`index` null) answers with the last results of the same
   * query and `of`, not none.
   */
  of?: unknown;
}

/** The last results searched with an `of`, for the search that comes before its index. */
let kept: { query: string; of: unknown; result: SearchResult } | null = null;

const EMPTY: SearchResult = {
  terms: [],
  events: [],
  total: 0,
  hidden: 0,
  positions: new Int32Array(0),
  places: [],
  placesTotal: 0,
};

/** Tokens containing `term`, each with whether it starts with it. One-letter Latin terms match starts only. */
function matchingTokens(index: SearchIndex, term: string): { token: number; prefix: boolean }[] {
  const { vocabulary, tokenStarts } = index;
  const startsOnly = term.length === 1 && term.charCodeAt(0) < 128;
  const out: { token: number; prefix: boolean }[] = [];
  let token = 0;
  const last = tokenStarts.length - 2;
  let at = vocabulary.indexOf(term);
  while (at !== -1) {
    // The token holding `at`: binary search from the previous one (hits come in order).
    let lo = token;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((tokenStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    token = lo;
    const prefix = tokenStarts[token] === at;
    if (prefix || !startsOnly) out.push({ token, prefix });
    // Each token once: go on from the next token.
    at = vocabulary.indexOf(term, tokenStarts[token + 1] ?? vocabulary.length);
  }
  return out;
}

/** Scratch arrays, reused between queries on the same index until `forgetQuery`. */
interface Scratch {
  /** The best weight of each event for the term being matched. */
  weight: Uint8Array;
  /** The sum of each candidate's weights over the terms matched so far. */
  score: Uint16Array;
  /** Events given a weight for the current term, to clear it after. */
  touched: Int32Array;
}
const scratch = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let arrays = scratch.get(index);
  if (!arrays) {
    const n = index.dataset.events.length;
    arrays = { weight: new Uint8Array(n), score: new Uint16Array(n), touched: new Int32Array(n) };
    scratch.set(index, arrays);
  }
  return arrays;
}

/** A posting's weight by field, for a match inside a word and at its start. */
const INSIDE_WEIGHTS = Uint8Array.from({ length: FIELD_SLOTS }, (_, f) => FIELD_WEIGHTS[f] ?? 1);
const START_WEIGHTS = INSIDE_WEIGHTS.map((w) => w * 2);

/** First index in `postings[from..to)` whose event is >= `event`. */
function seek(postings: Int32Array, event: number, from: number, to: number): number {
  const target = pack(event, 0);
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((postings[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type TokenMatches = { token: number; prefix: boolean }[];

/** Each term's matching tokens, the cheapest term (fewest postings) first. */
function planTerms(index: SearchIndex, terms: readonly string[]): TokenMatches[] {
  return terms
    .map((term) => {
      const tokens = matchingTokens(index, term);
      let cost = 0;
      for (const { token } of tokens) cost += index.postingCounts[token] as number;
      return { tokens, cost };
    })
    .sort((a, b) => a.cost - b.cost)
    .map((plan) => plan.tokens);
}

/**
 * Give each event the best weight any of `tokens` has in it (in
 * `arrays.weight`); returns how many events were touched (`arrays.touched`).
 * With candidates, a long posting list is searched for them only.
 */
function weighTerm(
  index: SearchIndex,
  tokens: TokenMatches,
  candidates: Int32Array | null,
  arrays: Scratch,
): number {
  const { weight, touched } = arrays;
  let count = 0;
  const give = (event: number, w: number) => {
    const previous = weight[event] as number;
    if (previous === 0) touched[count++] = event;
    if (w > previous) weight[event] = w;
  };
  for (const { token, prefix } of tokens) {
    const weights = prefix ? START_WEIGHTS : INSIDE_WEIGHTS;
    const list = index.postings[token] ?? null;
    const to = index.postingCounts[token] as number;
    if (list === null) {
      if (to === 0) continue;
      const posting = index.firstPostings[token] as number;
      give(eventOf(posting), weights[fieldOf(posting)] as number);
      continue;
    }
    if (candidates !== null && to > candidates.length * 16) {
      let at = 0;
      for (const event of candidates) {
        at = seek(list, event, at, to);
        if (at >= to) break;
        const posting = list[at] as number;
        if (eventOf(posting) === event) give(event, weights[fieldOf(posting)] as number);
      }
      continue;
    }
    for (let p = 0; p < to; p++) {
      const posting = list[p] as number;
      give(eventOf(posting), weights[fieldOf(posting)] as number);
    }
  }
  return count;
}

/** Events matching every term, in time order, each with its summed score in `arrays.score`. */
function matchAllTerms(index: SearchIndex, terms: readonly string[], arrays: Scratch): Int32Array {
  const { weight, score, touched } = arrays;
  // Events matching every term so far, in time order; null before the first term.
  let candidates: Int32Array | null = null;
  for (const tokens of planTerms(index, terms)) {
    const count = weighTerm(index, tokens, candidates, arrays);
    let next: Int32Array;
    if (candidates === null) {
      next = touched.slice(0, count).sort();
      for (const event of next) score[event] = weight[event] as number;
    } else {
      let kept = 0;
      next = new Int32Array(candidates.length);
      for (const event of candidates) {
        const w = weight[event] as number;
        if (w === 0) {
          score[event] = 0;
          continue;
        }
        next[kept++] = event;
        score[event] = (score[event] as number) + w;
      }
      next = next.subarray(0, kept);
    }
    for (let i = 0; i < count; i++) weight[touched[i] as number] = 0;
    candidates = next;
    if (candidates.length === 0) break;
  }
  return candidates ?? new Int32Array(0);
}

/** The best `limit` of the matches the mask shows, best first (ties in time order), and the counts. */
function rankMatches(
  index: SearchIndex,
  matches: Int32Array,
  scores: Uint8Array | Uint16Array,
  limit: number,
  mask: Uint8Array | null,
): { events: EventMatch[]; total: number; hidden: number } {
  const top: EventMatch[] = [];
  let total = 0;
  let hidden = 0;
  for (let m = 0; m < matches.length; m++) {
    const event = matches[m] as number;
    if (mask && mask[event] !== 1) {
      hidden++;
      continue;
    }
    total++;
    const s = scores[m] as number;
    // Limit 0 ("only matches": the count and the positions alone) lists none. Each match was made
    // a result, inserted and dropped: "a" at 100,000 synthetic events, 17–27 → 5 ms.
    if (top.length >= limit && (limit === 0 || s <= (top[top.length - 1]?.score ?? 0))) continue;
    // Insert after every match that scores as high: ties keep time order.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((top[mid]?.score ?? 0) >= s) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, {
      kind: "event",
      position: event,
      event: index.dataset.events[event] as IndexedEvent,
      score: s,
    });
    if (top.length > limit) top.pop();
  }
  return { events: top, total, hidden };
}

/**
 * An array for `length` scores of a query of `terms` terms: a byte each while the most they can
 * sum to fits in one (up to 10 terms), else two. Kept with the query's matches: "a" at 100,000
 * synthetic events keeps 500 KB, not 600 KB.
 */
export function scoreArray(length: number, terms: number): Uint8Array | Uint16Array {
  const most = terms * Math.max(...START_WEIGHTS);
  return most <= 0xff ? new Uint8Array(length) : new Uint16Array(length);
}

/** What a query matches, whatever the limit and the filters: the part of a search worth keeping. */
interface QueryMatches {
  terms: string[];
  /** Every matching event's position, in time order. */
  positions: Int32Array;
  /** Each match's score, in the same order. */
  scores: Uint8Array | Uint16Array;
  /** Every matching place, best first. */
  places: PlaceMatch[];
  correction?: string;
}

/** Matches of normalised terms, none corrected. */
function matchTerms(index: SearchIndex, terms: string[]): QueryMatches {
  const arrays = scratchOf(index);
  const positions = matchAllTerms(index, terms, arrays);
  const scores = scoreArray(positions.length, terms.length);
  for (let m = 0; m < positions.length; m++) {
    const event = positions[m] as number;
    scores[m] = arrays.score[event] as number;
    arrays.score[event] = 0;
  }
  return { terms, positions, scores, places: searchPlaces(index, terms) };
}

/** The matches of the query as typed or, when nothing matches, as corrected. */
function matchQuery(index: SearchIndex, query: string): QueryMatches | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const found = matchTerms(index, terms);
  if (found.positions.length + found.places.length > 0) return found;
  const correction = correctTerms(index, Array.from(new Set(tokenize(query))));
  if (!correction) return found;
  return { ...matchTerms(index, correction.terms), correction: correction.text };
}

/**
 * Each index's last query and its matches. With "only matches" on, one settled query is searched
 * twice, by the view's filter (`bindSearchMatches`) and by the box's list (`useSearch`), each
 * with its own limit and filters: the second ranks the first's matches instead of finding them
 * again (at 100,000 synthetic events, "summit", 12,777 matches: 0.7–1.1 → 0.14 ms; "a", every
 * event: 5.6–9.8 → 1.1 ms). Freed with the index, or by `forgetQuery`.
 */
const lastQuery = new WeakMap<SearchIndex, { query: string; found: QueryMatches | null }>();

/**
 * Lets go of the matches kept for the index's last query and of its scratch: once the query is
 * cleared no caller wants them. The matches are 5–6 bytes a match (a query matching all of
 * 100,000 events: 500 KB), the scratch 7 bytes an event (700 KB), both held while the dataset
 * is shown. The next search makes a new scratch: 0.04 ms at 100,000 events (least of 20, "summit"
 * 0.53–0.90 ms after a forget against 0.45–0.84 warm; "a" 4.9–6.0 against 4.8–6.3). Typing keeps
 * it: useSearch forgets only once its settled query is blank.
 */
export function forgetQuery(index: SearchIndex): void {
  kept = null;
  lastQuery.delete(index);
  scratch.delete(index);
}

/** Bytes the index keeps between searches beyond itself: its scratch and its last query's matches. */
export function heldBytes(index: SearchIndex): number {
  const arrays = scratch.get(index);
  const found = lastQuery.get(index)?.found;
  return (
    (arrays ? arrays.weight.byteLength + arrays.score.byteLength + arrays.touched.byteLength : 0) +
    (found ? found.positions.byteLength + found.scores.byteLength : 0)
  );
}

function matchesOf(index: SearchIndex, query: string): QueryMatches | null {
  const last = lastQuery.get(index);
  if (last?.query === query) return last.found;
  const found = matchQuery(index, query);
  lastQuery.set(index, { query, found });
  return found;
}

/**
 * Events and places matching every term of the query, best first. An event
 * scores, for each term, the weight of the best field it occurs in (title,
 * place, actor, tag, summary, quote, note), doubled where a word starts with
 * the term; ties keep time order. The term with the fewest postings goes
 * first; the others are then looked up for its matches only.
 *
 * When nothing matches and a term is one or two typos away from a word of a
 * place's or an actor's name ("Kunashri"), the results are those of the
 * corrected query, which `correction` gives as the names write it.
 *
 * The same query on the same index again (with another limit or mask) ranks the matches kept
 * from the last time; the result's arrays may be shared between such calls: read them only.
 */
export function search(index: SearchIndex, query: string, options?: SearchOptions): SearchResult;
export function search(
  index: SearchIndex | null,
  query: string,
  options?: SearchOptions,
): SearchResult | null;
export function search(
  index: SearchIndex | null,
  query: string,
  options: SearchOptions = {},
): SearchResult | null {
  const { of } = options;
  if (!index) return kept && kept.query === query && kept.of === of ? kept.result : null;
  const result = searchIn(index, query, options);
  if (of !== undefined) kept = { query, of, result };
  return result;
}

function searchIn(index: SearchIndex, query: string, options: SearchOptions): SearchResult {
  const found = matchesOf(index, query);
  if (!found) return EMPTY;
  const { limit = 50, placeLimit = 5, mask = null } = options;
  const { terms, positions, scores, places, correction } = found;
  const result: SearchResult = {
    terms,
    ...rankMatches(index, positions, scores, limit, mask),
    positions,
    places: places.slice(0, placeLimit),
    placesTotal: places.length,
  };
  return correction === undefined ? result : { ...result, correction };
}

/**
 * The query's words (in order) with each one that matches no word replaced by the closest word
 * of a name, and the corrected query as the names write it; null when no
 * term could be corrected.
 */
function correctTerms(
  index: SearchIndex,
  terms: readonly string[],
): { terms: string[]; text: string } | null {
  let corrected = false;
  const written: string[] = [];
  const out = terms.map((term) => {
    const word =
      matchingTokens(index, term).length > 0 ? null : closestNameWord(term, index.nameWords);
    if (word === null) {
      written.push(term);
      return term;
    }
    corrected = true;
    written.push(index.nameWords.get(word) ?? word);
    return word;
  });
  if (!corrected) return null;
  return {
    terms: Array.from(new Set(out)).sort((a, b) => b.length - a.length),
    text: written.join(" "),
  };
}

/** A place's note in the dataset's language and its translations: search covers notes (the README). */
function notesOf(place: Place): string {
  const translated = Object.values(place.i18n ?? {}).map((words) => words.note ?? "");
  return [place.note ?? "", ...translated].join(" ");
}

/** A place whose note alone holds the query ("Shibotsu", an islet Habomai's note names) ranks below any name. */
const NOTE_SCORE = 0.5;

/** Every place a name (or else its note) of which holds every term, best first. */
function searchPlaces(index: SearchIndex, terms: readonly string[]): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  for (const { place, names, normalized, notes } of index.places) {
    // The naming form that holds the most terms, preferring whole names and word starts.
    let best = 0;
    let matchedName = "";
    names.forEach((name, i) => {
      const normal = normalized[i] ?? "";
      let score = 0;
      for (const term of terms) {
        const at = normal.indexOf(term);
        if (at === -1) return;
        score += normal === term ? 4 : at === 0 ? 3 : normal.charCodeAt(at - 1) === 32 ? 2 : 1;
      }
      if (score > best) {
        best = score;
        matchedName = name;
      }
    });
    if (best > 0) matches.push({ kind: "place", place, matchedName, score: best });
    else if (notes && terms.every((term) => notes.includes(term))) {
      matches.push({
        kind: "place",
        place,
        matchedName: names[0] ?? place.name,
        byNote: true,
        score: NOTE_SCORE,
      });
    }
  }
  matches.sort((a, b) => b.score - a.score || a.place.name.localeCompare(b.place.name));
  return matches;
}
