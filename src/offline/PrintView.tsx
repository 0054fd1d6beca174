import "../ui/panelMessages";
import "./printView.css";
import { useTranslation } from "react-i18next";
import type { IndexedEvent } from "../data/indexDataset";
import type { UndatedItem } from "../data/schema";
import { useNames } from "../details/useNames";
import { WordList } from "../details/WordList";
import { datasetWordsLang, eventTexts, labelIn, metaTexts } from "../i18n/datasetText";
import { displayDateIn, formatEventDateIn } from "../i18n/formatDate";
import { afterLabel } from "../i18n/isolate";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { showsNoPlaces } from "../map/NoPlacesOnMap";
import type { ShownMap } from "../map/shownMap";
import { describedSource, describeOrigin, draftUnsaved } from "../provenance/origin";
import { appStore, useAppStore } from "../store/appStore";
import { passes, selectFilterMask } from "../store/selectors";
import { whenState } from "../store/whenState";
import { mapPictureFor } from "./drawnAt";

/**
 * The box the printed map is drawn in, in CSS px: about an A4 page's width less its margins, and
 * the 9 cm high that printView.css allows.
 */
const PRINT_MAP_BOX = { width: 680, height: 340 };

/**
 * The map for the print, taken as printing starts (`PrintSlot`): a phone's strip (390 × 75 px in
 * story mode) drawn anew at the print's box, what it showed in the middle and its words at their
 * own size, as Download image does (review 29 F6: it printed as a thin strip); any other map as
 * the page shows it.
 */
export function printMapPicture(map: ShownMap): string | null {
  // Before the map has drawn it shows the coast only, without the places or the selected one
  // (review 39 R4): "" leaves it out, and the print says why (NOT_DRAWN).
  if (!appStore.getState().mapSettled) return NOT_DRAWN;
  return (
    mapPictureFor(map, map.size(), PRINT_MAP_BOX, devicePixelRatio)?.toDataURL("image/png") ?? null
  );
}

/** The map's picture when printing started before the map had drawn. */
export const NOT_DRAWN = "";

/** How long the Save menu's Print (and Ctrl+P before the list came) waits for the map to draw. */
const SETTLE_WAIT_MS = 5000;

/**
 * The app's own Print: once the map has drawn, or after SETTLE_WAIT_MS (the print then says the
 * map was left out). The browser's own print cannot wait: `beforeprint` is synchronous.
 */
export function printOnceSettled(): void {
  let printed = false;
  const print = () => {
    if (printed) return;
    printed = true;
    clearTimeout(timer);
    window.print();
  };
  const timer = setTimeout(print, SETTLE_WAIT_MS);
  whenState(appStore, (state) => state.mapSettled, print);
}

/**
 * At most this many events (and undated items) are printed, the first in time order, with a note
 * that says so: at 100,000 events the list took one 85 s task, 781,000 elements and 1.5 GB, and
 * Chromium's PDF of it had not finished after 13 minutes (review 34 F4). A thousand is ~0.8 s here.
 */
export const PRINT_MAX = 1000;

export interface PrintViewProps {
  /** The map as a PNG data URL, taken as printing started; null without a map; NOT_DRAWN before it drew. */
  mapPicture: string | null;
}

/**
 * What a printed page shows instead of the interface: the title, the source,
 * a picture of the map, and every shown event in time order with its date,
 * places, summary, verbatim quote and links written out. `PrintSlot` renders it only while
 * printing (a long dataset would otherwise sit in the page for nothing).
 */
export function PrintView({ mapPicture }: PrintViewProps) {
  const index = useAppStore((state) => state.index);
  const mask = useAppStore(selectFilterMask);
  const source = useAppStore((state) => state.source);
  const unsaved = useAppStore(draftUnsaved);
  // The page shows no map for a story without places: nor does its print (it had the last story's).
  const noPlaces = useAppStore((state) => showsNoPlaces(state.index, state.editor !== null));
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!index) return null;
  // Where the data comes from prints first: a printout must not pass off other data as this site's.
  const origin = describeOrigin(describedSource(source, unsaved), location.origin);
  const { meta } = index.dataset;
  const events = index.events.filter((event) => passes(mask, event.order));
  const cited = meta.source;
  const texts = metaTexts(meta, lang);
  // The dataset's own words, on a page in another language, say which language they are in.
  const langOf = (text: { lang: string }) =>
    text.lang === LANG_ATTRIBUTES[lang] ? undefined : text.lang;
  const english = datasetWordsLang(lang);
  return (
    <article className="print-view" aria-label={t("print.region")}>
      {origin && (
        <p className="print-provenance" data-testid="print-provenance">
          <strong>{origin.banner}</strong> — {origin.detail}
        </p>
      )}
      {/* The dataset's words take their direction from their own first letter (dir="auto"): a
          Hebrew summary in a left-to-right paragraph had its phrases out of order. */}
      <h1 lang={langOf(texts.title)} dir="auto">
        {texts.title.text}
      </h1>
      {texts.description && (
        <p lang={langOf(texts.description)} dir="auto">
          {texts.description.text}
        </p>
      )}
      {cited && (
        <p className="print-source">
          {t("print.source")}
          {/* Joined as the page's language lists (、 in Japanese), as the About panel does. */}
          <WordList
            words={[cited.title, cited.author, cited.publication].filter((part): part is string =>
              Boolean(part),
            )}
            lang={english}
          />
          {cited.date &&
            `${t("search.separator")}${formatEventDateIn({ start: cited.date }, lang)}`}
          {cited.url && <> — {cited.url}</>}
        </p>
      )}
      {mapPicture === NOT_DRAWN && !noPlaces && (
        <p className="print-map-note">{t("print.mapNotDrawn")}</p>
      )}
      {mapPicture && !noPlaces && (
        <img
          className="print-map"
          src={mapPicture}
          // At its size on the page (a picture at the page's pixel ratio), or at the print's box
          // (printMapPicture), not more: a phone's 390 px strip printed across the page drew its
          // labels twice their size.
          srcSet={`${mapPicture} ${devicePixelRatio}x`}
          alt={t("print.mapAlt")}
          // Paper is light: a map in the dark theme's colours printed as a black rectangle. (The
          // map's theme is the system's: webgl.ts prefersDark, not imported to keep it out of the
          // first load's exports.)
          data-dark={matchMedia("(prefers-color-scheme: dark)").matches || undefined}
        />
      )}
      <h2>
        {t("print.heading", {
          filtered: events.length === index.events.length ? "no" : "yes",
          shown: events.length,
          total: index.events.length,
        })}
      </h2>
      {events.length > PRINT_MAX && (
        <p className="print-source">{t("print.firstOnly", { count: PRINT_MAX })}</p>
      )}
      <ol className="print-events">
        {events.slice(0, PRINT_MAX).map((event) => (
          <PrintEvent
            key={event.id}
            event={event}
            sourceTitle={cited?.title ?? t("details.source")}
          />
        ))}
      </ol>
      <PrintUndated items={index.dataset.undated ?? []} />
      {meta.licence && (
        <p className="print-source" lang={english}>
          {meta.licence}
        </p>
      )}
    </article>
  );
}

function PrintEvent({ event, sourceTitle }: { event: IndexedEvent; sourceTitle: string }) {
  const { titleOf, placeNameOf, lang } = useNames();
  const { t } = useTranslation();
  const meta = useAppStore((state) => state.index?.dataset.meta);
  const texts = eventTexts(event, lang);
  const own = LANG_ATTRIBUTES[lang];
  const langOf = (text: { lang: string }) => (text.lang === own ? undefined : text.lang);
  const english = datasetWordsLang(lang);
  return (
    <li className="print-event">
      <h3 lang={langOf(texts.title)} dir="auto">
        {titleOf(event)}
      </h3>
      <p className="print-meta">
        {event.displayDate === undefined
          ? formatEventDateIn(event, lang)
          : displayDateIn(event.displayDate, lang)}
        {event.places.length > 0 && (
          <>
            {" · "}
            <WordList words={event.places.map(placeNameOf)} />
          </>
        )}
        {event.actors.length > 0 && (
          <>
            {" · "}
            <WordList
              words={event.actors.map((actor) => (meta ? labelIn(meta, lang, actor) : actor))}
            />
          </>
        )}
      </p>
      {texts.summary.text && (
        <p lang={langOf(texts.summary)} dir="auto">
          {texts.summary.text}
        </p>
      )}
      {event.quote && (
        <blockquote>
          {/* The source's own words, in its language, whatever the page's. */}
          <p lang={english}>“{event.quote.text}”</p>
          <footer>
            <span lang={english}>{sourceTitle}</span>
            {t("details.paragraph", { number: event.quote.paragraph })}
          </footer>
        </blockquote>
      )}
      {texts.note && (
        <p>
          {t("details.note")}
          {afterLabel(t("details.note"))}
          <span lang={langOf(texts.note)} dir="auto">
            {texts.note.text}
          </span>
        </p>
      )}
      {event.links && event.links.length > 0 && (
        <ul className="print-links">
          {event.links.map((link) => (
            <li key={link.url}>
              {link.label ?? t("details.link")}: {link.url}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The items with no date the timeline can draw, as the page lists them under its events (their
 * years before 1 in the page's language): a printout of cosmo-mixed.json left out 6 of its 11.
 */
function PrintUndated({ items }: { items: readonly UndatedItem[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Their words are the dataset's, untranslated: said so on a page in another language.
  const english = datasetWordsLang(lang);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="print-undated-title">
      <h2 id="print-undated-title">{t("undated.list", { count: items.length })}</h2>
      {items.length > PRINT_MAX && (
        <p className="print-source">{t("print.firstOnly", { count: PRINT_MAX })}</p>
      )}
      <ol className="print-events">
        {items.slice(0, PRINT_MAX).map((item) => (
          <li key={item.id} className="print-event">
            <h3 lang={english} dir="auto">
              {item.title}
            </h3>
            {item.displayDate && (
              <p className="print-meta">{displayDateIn(item.displayDate, lang)}</p>
            )}
            {/* Its plain words: the body's HTML is cleaned by code that loads later than a print. */}
            {item.summary && (
              <p lang={english} dir="auto">
                {item.summary}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
