import { useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { IndexedEvent } from "../data/indexDataset";
import { datasetWordsLang, metaTexts } from "../i18n/datasetText";
import { formatEventDateIn } from "../i18n/formatDate";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import { readingOrderMade, subscribeReadingOrders } from "../story/storyOrder";
import { allEventsInOrder } from "./allEventsOrder";
import { EventList } from "./EventList";
import { UndatedListSlot } from "./UndatedListSlot";

const NO_EVENTS: readonly IndexedEvent[] = [];

/** Nothing selected: what this is, and every shown event as a list (which also serves screen readers). */
export function Intro() {
  const index = useAppStore((state) => state.index);
  const mask = useAppStore(selectFilterMask);
  const order = useSyncExternalStore(subscribeReadingOrders, () =>
    index ? readingOrderMade(index) : null,
  );
  const events = useMemo(
    () => allEventsInOrder(index?.events ?? NO_EVENTS, order, mask),
    [index, order, mask],
  );
  const sheetOpen = useAppStore((state) => state.sheetOpen);
  const setSheetOpen = useAppStore((state) => state.setSheetOpen);
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!index) return null;
  const { meta } = index.dataset;
  const texts = metaTexts(meta, lang);
  const own = LANG_ATTRIBUTES[lang];
  const source = meta.source;
  const sourceDate = source?.date ? formatEventDateIn({ start: source.date }, lang) : null;
  const sourceEnd = sourceDate ?? source?.publication ?? source?.author ?? source?.title ?? "";
  // The parts are joined and the line ended as the page's language writes (、 and 。 in Japanese).
  const separator = t("search.separator");
  const fullStop = t("details.sourceEnd");
  return (
    <div className="details intro">
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={sheetOpen}
        aria-controls="intro-body"
        onClick={() => setSheetOpen(!sheetOpen)}
      >
        {sheetOpen ? t("details.hideList") : t("details.aboutAll", { count: events.length })}
      </button>
      <div id="intro-body" className="intro-body">
        <h2 id="details-title" tabIndex={-1}>
          {t("details.about")}
        </h2>
        {texts.description && (
          <p lang={texts.description.lang === own ? undefined : texts.description.lang}>
            {texts.description.text}
          </p>
        )}
        {texts.note && <p className="details-note">{texts.note}</p>}
        {meta.source && (
          <p className="details-source">
            {t("details.sourceLine")}
            {meta.source.url ? (
              <a
                href={meta.source.url}
                target="_blank"
                rel="noopener noreferrer"
                lang={datasetWordsLang(lang)}
              >
                {meta.source.title}
              </a>
            ) : (
              meta.source.title
            )}
            <span lang={datasetWordsLang(lang)}>
              {meta.source.author && `${separator}${meta.source.author}`}
              {meta.source.publication && `${separator}${meta.source.publication}`}
            </span>
            {sourceDate && `${separator}${sourceDate}`}
            {/* One full stop: Russian dates end in one already ("2 апреля 2018 г.", read "г.."). */}
            {sourceEnd.endsWith(fullStop) ? null : fullStop}
          </p>
        )}
        {/* A story of undated items only: its timeline's words say where they are. */}
        {index.events.length > 0 && <p className="hint">{t("details.hint")}</p>}
        {/* A story of undated items only (a map without dates) has no list of events to show. */}
        {index.events.length > 0 && (
          <>
            <h3>{t("details.allEvents")}</h3>
            <EventList events={events} label={t("details.allEventsLabel")} />
          </>
        )}
        <UndatedListSlot items={index.dataset.undated ?? []} />
      </div>
    </div>
  );
}
