import { useTranslation } from "react-i18next";
import { isPlaceKind } from "../data/placeKinds";
import {
  DATASET_LANGUAGE,
  datasetWordsLang,
  localPlace,
  placeTranslated,
} from "../i18n/datasetText";
import { useAppStore } from "../store/appStore";
import { selectEventsOfSelectedPlace, selectSelectedPlace } from "../store/selectors";
import { CloseButton } from "./CloseButton";
import { EventList } from "./EventList";
import { UndatedListSlot } from "./UndatedListSlot";
import { useNames } from "./useNames";

const NONE: never[] = [];

export function PlaceDetails() {
  const place = useAppStore(selectSelectedPlace);
  const events = useAppStore(selectEventsOfSelectedPlace);
  // A map without dates (undated items only) lists the place's items, and no empty list of events.
  const undated = useAppStore((state) => state.index?.dataset.undated ?? NONE);
  const datedStory = useAppStore((state) => (state.index?.events.length ?? 0) > 0);
  const { placeNameOf, lang } = useNames();
  const { t } = useTranslation();
  if (!place) return null;
  const name = placeNameOf(place.id);
  const { ja, ru, native } = place.names ?? {};
  const local = localPlace(place, lang);
  // The disputed names as the page's language writes them ("Эторофу"), where the dataset has
  // them; else their Latin forms. The native script follows where it says something more.
  const translated = lang !== DATASET_LANGUAGE && placeTranslated(place, lang);
  const shownJa = translated ? (local.names?.ja ?? ja) : ja;
  const shownRu = translated ? (local.names?.ru ?? ru) : ru;
  /** The dataset's own English, on a page in another language. */
  const foreign = datasetWordsLang(lang);
  const kind = isPlaceKind(place.kind) ? t(`details.kind.${place.kind}`) : place.kind;
  return (
    <article className="details place-details" aria-labelledby="details-title">
      <div className="details-head">
        <p className="details-kicker">{t("details.place", { kind })}</p>
        <CloseButton label={t("details.closePlace")} />
      </div>
      <h2
        id="details-title"
        tabIndex={-1}
        lang={placeTranslated(place, lang) ? undefined : foreign}
      >
        {name}
      </h2>
      <dl className="place-names">
        {ja && (
          <>
            <dt>{t("details.japaneseName")}</dt>
            <dd lang={translated ? undefined : "ja-Latn"}>
              {shownJa}
              {native?.ja && native.ja !== shownJa && <span lang="ja"> ({native.ja})</span>}
            </dd>
          </>
        )}
        {ru && (
          <>
            <dt>{t("details.russianName")}</dt>
            <dd lang={translated ? undefined : "ru-Latn"}>
              {shownRu}
              {native?.ru && native.ru !== shownRu && <span lang="ru"> ({native.ru})</span>}
            </dd>
          </>
        )}
      </dl>
      {local.status && (
        <p className="place-status" lang={local.status === place.status ? foreign : undefined}>
          {local.status}
        </p>
      )}
      {local.note && (
        <p className="details-note" lang={local.note === place.note ? foreign : undefined}>
          {local.note}
        </p>
      )}
      {datedStory && (
        <>
          <h3>{t("details.eventsHere", { count: events.length })}</h3>
          <EventList events={events} label={t("details.eventsAt", { name })} />
        </>
      )}
      <UndatedListSlot items={undated} at={place.id} />
    </article>
  );
}
