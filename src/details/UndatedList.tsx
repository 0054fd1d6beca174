import "../ui/panelMessages";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UndatedItem } from "../data/schema";
import { LIST_STEP } from "../editor/listWindow";
import { displayDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { MediaCardSlot } from "./MediaCardSlot";
import { PlaceChips } from "./PlaceChips";
import { RichText } from "./RichText";
import "./undated.css";

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
  const items = useMemo(
    () => (at === undefined ? all : all.filter((item) => item.places.includes(at))),
    [all, at],
  );
  // The first items of this list, and more at each "Show more", as the editor's lists are made
  // (`LIST_STEP`): a sheet of 60,000 undated rows made them all, one task of 24–57 s (review 23).
  // Another dataset's list starts at its first again.
  const [limit, setLimit] = useState({ of: items, count: LIST_STEP });
  const shown = limit.of === items ? limit.count : LIST_STEP;
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
              {at === undefined && item.places.length > 0 && <PlaceChips places={item.places} />}
            </details>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" onClick={() => setLimit({ of: items, count: shown + LIST_STEP })}>
          {t("undated.showMore", { count: Math.min(LIST_STEP, hidden), hidden })}
        </button>
      )}
    </section>
  );
}
