import { useTranslation } from "react-i18next";
import { datasetWordsLang, eventTexts, type LangText, labelIn } from "../i18n/datasetText";
import { displayDateIn, formatEventDateIn } from "../i18n/formatDate";
import { afterLabel } from "../i18n/isolate";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { readableQuote } from "../i18n/quoteDisplay";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { DetailsOrigin, QuoteMarkLabel } from "../provenance/DetailsProvenance";
import { useAppStore } from "../store/appStore";
import {
  selectPlacesOfSelectedEvent,
  selectSelectedEvent,
  selectSelectedHiddenBy,
} from "../store/selectors";
import { neighbourEvent } from "../story/neighbourEvent";
import { CloseButton } from "./CloseButton";
import { showNewTitleSoon } from "./focusDetails";
import { MediaCardSlot } from "./MediaCardSlot";
import { PlaceChips } from "./PlaceChips";
import { RichText } from "./RichText";
import { ShareButton } from "./ShareButton";
import { useNames } from "./useNames";
import { WordList } from "./WordList";

export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const places = useAppStore(selectPlacesOfSelectedEvent);
  // Opened before a filter left it out (or from a link): shown here, not on the timeline.
  const hiddenBy = useAppStore(selectSelectedHiddenBy);
  // Its words are English's later part (scripts/laterMessagesPlugin.ts).
  const laterIn = useLaterMessages(hiddenBy !== null);
  const index = useAppStore((state) => state.index);
  // In story mode these follow the story, as the story bar does.
  const previous = useAppStore((state) => neighbourEvent(state, -1));
  const next = useAppStore((state) => neighbourEvent(state, 1));
  const source = useAppStore((state) => state.index?.dataset.meta.source);
  const selectEvent = useAppStore((state) => state.selectEvent);
  const { titleOf, lang } = useNames();
  const { t } = useTranslation();
  if (!event || !index) return null;

  const title = titleOf(event);
  const texts = eventTexts(event, lang);
  const own = LANG_ATTRIBUTES[lang];
  /** A text in another language than the page says so. */
  const langOf = (text: LangText) => (text.lang === own ? undefined : text.lang);

  return (
    <article className="details event-details" aria-labelledby="details-title">
      <div className="details-head">
        <p className="details-kicker">{t("details.event")}</p>
        <CloseButton label={t("details.closeEvent")} />
      </div>
      <DetailsOrigin />
      <h2 id="details-title" tabIndex={-1} lang={langOf(texts.title)} dir="auto">
        {title}
      </h2>
      <p
        className={`details-date${event.approximate ? " approximate" : ""}`}
        data-testid="details-date"
      >
        {event.displayDate === undefined
          ? formatEventDateIn(event, lang)
          : displayDateIn(event.displayDate, lang)}
      </p>
      {hiddenBy && (
        <p className="details-hidden" data-testid="details-hidden">
          {laterIn && t(`hiddenNote.${hiddenBy}`)}
        </p>
      )}
      {event.body ? (
        <RichText className="details-body" html={event.body} />
      ) : (
        texts.summary.text && (
          <p className="details-summary" lang={langOf(texts.summary)} dir="auto">
            {texts.summary.text}
          </p>
        )
      )}
      {event.media && <MediaCardSlot media={event.media} />}
      {event.quote && (
        <figure className="details-quote">
          {/* The source's own words, in its language, whatever the page's. */}
          <blockquote lang={datasetWordsLang(lang)}>
            <p>{readableQuote(event.quote)}</p>
          </blockquote>
          <figcaption>
            {source?.url ? (
              <a
                href={source.url}
                target="_blank"
                rel="noopener noreferrer"
                lang={datasetWordsLang(lang)}
              >
                {source.title}
              </a>
            ) : (
              (source?.title ?? t("details.source"))
            )}
            {t("details.paragraph", { number: event.quote.paragraph })}
          </figcaption>
          <QuoteMarkLabel eventId={event.id} />
        </figure>
      )}
      {texts.note && (
        <p className="details-note">
          {t("details.note")}
          {afterLabel(t("details.note"))}
          <span lang={langOf(texts.note)} dir="auto">
            {texts.note.text}
          </span>
        </p>
      )}
      {places.length === 0 && <p className="details-quiet">{t("details.noPlace")}</p>}
      {places.length > 0 && (
        <>
          <h3>{t("details.places")}</h3>
          <PlaceChips places={places.map((place) => place.id)} />
        </>
      )}
      {event.actors.length > 0 && (
        <p className="details-meta">
          <span className="details-label">{t("details.actors")}</span>
          {afterLabel(t("details.actors"))}
          <WordList words={event.actors.map((actor) => labelIn(index.dataset.meta, lang, actor))} />
        </p>
      )}
      {event.tags.length > 0 && (
        <p className="details-meta">
          <span className="details-label">{t("details.tags")}</span>
          {afterLabel(t("details.tags"))}
          <WordList words={event.tags.map((tag) => labelIn(index.dataset.meta, lang, tag))} />
        </p>
      )}
      {event.links && event.links.length > 0 && (
        <ul className="details-links" aria-label={t("details.links")}>
          {event.links.map((link) => (
            <li key={link.url}>
              <a
                href={link.url}
                target="_blank"
                rel="noopener noreferrer"
                // A label is the dataset's own words (the format has no translations of it).
                lang={link.label === undefined ? undefined : datasetWordsLang(lang)}
              >
                {link.label ?? t("details.link")}
              </a>
            </li>
          ))}
        </ul>
      )}
      <nav className="details-nav" aria-label={t("details.stepThrough")}>
        <button
          type="button"
          disabled={!previous}
          onClick={() => {
            if (previous) selectEvent(previous.id);
            showNewTitleSoon();
          }}
          aria-label={
            previous
              ? t("details.previousEvent", { title: titleOf(previous) })
              : t("details.noPrevious")
          }
        >
          {t("details.previous")}
        </button>
        <ShareButton eventId={event.id} title={title} />
        <button
          type="button"
          disabled={!next}
          onClick={() => {
            if (next) selectEvent(next.id);
            showNewTitleSoon();
          }}
          aria-label={next ? t("details.nextEvent", { title: titleOf(next) }) : t("details.noNext")}
        >
          {t("details.next")}
        </button>
      </nav>
    </article>
  );
}
