import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { UndatedItem } from "../data/schema";
import { displayDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { MediaCardSlot } from "./MediaCardSlot";
import { RichText } from "./RichText";
import "./undated.css";

/**
 * Items without a date the timeline can draw: listed apart, each openable, never dropped. The
 * story's (the details' opening) or a place's (`here`: those at the selected place).
 */
export function UndatedList({ items, here = false }: { items: UndatedItem[]; here?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section className="undated" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(here ? "details.undatedHere" : "details.undated", { count: items.length })}
      </h3>
      <p className="hint">{t("details.undatedHint")}</p>
      <ul className="undated-list">
        {items.map((item) => (
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
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
