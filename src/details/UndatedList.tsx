import "../ui/panelMessages";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UndatedItem } from "../data/schema";
import { displayDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { focusDetailsSoon } from "./focusDetails";
import { MediaCardSlot } from "./MediaCardSlot";
import { RichText } from "./RichText";
import { useNames } from "./useNames";
import "./undated.css";

/**
 * How many items are made at first, and at each "Show more": a sheet of 60,000 undated rows made
 * them all at once, one task of 24–57 s (review 23), as the editor's lists did (`LIST_STEP`).
 */
const UNDATED_STEP = 200;

/**
 * Items without a date the timeline can draw: listed apart, each openable, never dropped. The
 * story's (the details' opening) or a place's (`at`: those at the selected place). An opened
 * item of the story's list names its places, each a button to it on the map: a story map
 * without dates is read item by item, and the map follows (it showed no way from an item to
 * its place).
 */
export function UndatedList({ items: all, at }: { items: UndatedItem[]; at?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const { placeNameOf } = useNames();
  const selectPlace = useAppStore((state) => state.selectPlace);
  const items = useMemo(
    () => (at === undefined ? all : all.filter((item) => item.places.includes(at))),
    [all, at],
  );
  // The first items of this list; another dataset's list starts at its first again.
  const [limit, setLimit] = useState({ of: items, count: UNDATED_STEP });
  const shown = limit.of === items ? limit.count : UNDATED_STEP;
  const listed = items.length > shown ? items.slice(0, shown) : items;
  const hidden = items.length - listed.length;
  if (items.length === 0) return null;
  return (
    <section className="undated" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(at === undefined ? "undated.list" : "undated.here", { count: items.length })}
      </h3>
      <p className="hint">{t("undated.hint")}</p>
      <ul className="undated-list">
        {listed.map((item) => (
          <li key={item.id}>
            <details>
              <summary>
                {item.title}
                {item.displayDate && (
                  <span className="undated-date"> · {displayDateIn(item.displayDate, lang)}</span>
                )}
              </summary>
              {item.body ? (
                <RichText className="details-body" html={item.body} />
              ) : (
                item.summary && <p>{item.summary}</p>
              )}
              {item.media && <MediaCardSlot media={item.media} />}
              {at === undefined && item.places.length > 0 && (
                <ul className="chip-list" aria-label={t("details.places")}>
                  {item.places.map((place) => (
                    <li key={place}>
                      <button
                        type="button"
                        className="chip"
                        onClick={() => {
                          selectPlace(place);
                          focusDetailsSoon();
                        }}
                      >
                        {placeNameOf(place)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" onClick={() => setLimit({ of: items, count: shown + UNDATED_STEP })}>
          {t("undated.showMore", { count: Math.min(UNDATED_STEP, hidden), hidden })}
        </button>
      )}
    </section>
  );
}
