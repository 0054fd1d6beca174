/**
 * What a search result says: the event's date and title, or the place's
 * name and count, with the matched words highlighted and, when the title
 * does not hold them, the passage that does. Loaded with the first search
 * (`SearchBox.tsx`), not with the page.
 */
import "../ui/panelMessages";
import { useTranslation } from "react-i18next";
import { useNames } from "../details/useNames";
import { DATASET_LANGUAGE } from "../i18n/datasetText";
import { formatEventDateIn } from "../i18n/formatDate";
import { LANG_ATTRIBUTES, type Language } from "../i18n/languages";
import { useAppStore } from "../store/appStore";
import { selectCountsUndated, selectPlaceEventCounts } from "../store/selectors";
import { Highlight } from "./Highlight";
import { highlightRanges, normalize } from "./normalize";
import type { EventMatch, PlaceMatch } from "./searchIndex";
import { matchSnippet, placeNameLang, placeNoteSnippet } from "./snippet";

/** One result's content. */
export function OptionContent({
  option,
  terms,
}: {
  option: EventMatch | PlaceMatch;
  terms: readonly string[];
}) {
  return option.kind === "place" ? (
    <PlaceOption match={option} terms={terms} />
  ) : (
    <EventOption match={option} terms={terms} />
  );
}

function covers(text: string, terms: readonly string[]): boolean {
  const normal = normalize(text);
  return terms.every((term) => normal.includes(term));
}

/** A text's `lang` where it differs from the page's (`tag` as `placeNameLang` or a translation has it). */
function langOn(page: Language, tag: string): string | undefined {
  return tag === page || tag === LANG_ATTRIBUTES[page] ? undefined : tag;
}

function EventOption({ match, terms }: { match: EventMatch; terms: readonly string[] }) {
  const index = useAppStore((state) => state.index);
  const { titleOf, lang } = useNames();
  const { t } = useTranslation();
  const title = titleOf(match.event);
  const snippet = !covers(title, terms) && index ? matchSnippet(index, match.event, terms) : null;
  return (
    <>
      <span className="search-line">
        <span className="search-kind">{formatEventDateIn(match.event, lang)}</span>
      </span>
      <span className="search-title">
        <Highlight text={title} ranges={highlightRanges(title, terms)} />
      </span>
      {snippet && (
        <span className="search-snippet">
          {t("search.snippet", { label: t(`search.field.${snippet.label}`) })}{" "}
          {/* The dataset's own words, or a place's name in its language. */}
          <span lang={langOn(lang, snippet.lang ?? DATASET_LANGUAGE)}>
            <Highlight text={snippet.text} ranges={snippet.ranges} />
          </span>
        </span>
      )}
    </>
  );
}

function PlaceOption({ match, terms }: { match: PlaceMatch; terms: readonly string[] }) {
  const { placeNameOf, lang } = useNames();
  const { t } = useTranslation();
  const count = useAppStore((state) => selectPlaceEventCounts(state).get(match.place.id) ?? 0);
  const undatedOnly = useAppStore(selectCountsUndated);
  const name = placeNameOf(match.place.id);
  // Found by its note: the note's words that hold the terms, not a name that holds none.
  const note = match.byNote ? placeNoteSnippet(match.place, terms, lang) : null;
  // Not the name again: a place found by its note named itself as "Also called" (review 25).
  const also = note || covers(name, terms) || match.matchedName === name ? null : match.matchedName;
  return (
    <>
      <span className="search-line">
        <span className="search-kind search-kind-place">{t("search.place")}</span>
        <span className="search-count">
          {t(undatedOnly ? "map.undatedItems" : "search.events", { count })}
        </span>
      </span>
      <span className="search-title">
        <Highlight text={name} ranges={highlightRanges(name, terms)} />
      </span>
      {also && (
        <span className="search-snippet">
          {t("search.alsoCalled")}{" "}
          <span lang={langOn(lang, placeNameLang(match.place, also))}>
            <Highlight text={also} ranges={highlightRanges(also, terms)} />
          </span>
        </span>
      )}
      {note && (
        <span className="search-snippet">
          {t("search.snippet", { label: t("search.field.Note") })}{" "}
          <span lang={langOn(lang, note.lang)}>
            <Highlight text={note.text} ranges={note.ranges} />
          </span>
        </span>
      )}
    </>
  );
}
