/**
 * The filter panel's content (`FilterPanel.tsx`): a checkbox per actor and
 * tag with its count, and the "Showing 9 of 17 events" line. Loaded when the
 * panel first opens.
 */
import "../ui/panelMessages";
import "./facets.css";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FacetCount } from "../data/indexDataset";
import { type FocusTarget, focusLost, focusSoon } from "../details/focusDetails";
import { labelIn } from "../i18n/datasetText";
import { LOCALE_TAGS } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectActorCounts, selectTagCounts } from "./facets";
import { useFilterCounts } from "./useFilterCounts";

/** The panel's first checkbox. */
const firstBox: FocusTarget = () =>
  document.querySelector<HTMLElement>(".filters-panel input[type=checkbox]");

/** Facet values listed before "Show all". */
const FIRST_VALUES = 12;

export function FilterFacets({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  // Focus on the stand-in shown while this code came (FilterPanel) fell to the page with it.
  useEffect(() => {
    if (focusLost()) firstBox()?.focus();
  }, []);
  const lang = useLanguage();
  const meta = useAppStore((state) => state.index?.dataset.meta);
  const labelOf = (value: string) => (meta ? labelIn(meta, lang, value) : value);
  const actorCounts = useAppStore(selectActorCounts);
  const tagCounts = useAppStore(selectTagCounts);
  const actors = useAppStore((state) => state.actors);
  const tags = useAppStore((state) => state.tags);
  const toggleActor = useAppStore((state) => state.toggleActor);
  const toggleTag = useAppStore((state) => state.toggleTag);
  return (
    <>
      {[
        { id: "actors", counts: actorCounts, selected: actors, toggle: toggleActor },
        { id: "tags", counts: tagCounts, selected: tags, toggle: toggleTag },
      ].map(({ id, ...facet }) => (
        <FacetGroup key={id} legend={t(`filters.${id}`)} labelOf={labelOf} {...facet} />
      ))}
      <div className="filters-footer">
        <ShowingLine />
        <button type="button" className="filters-done" onClick={onDone}>
          {t("filters.done")}
        </button>
      </div>
    </>
  );
}

function ShowingLine() {
  const { t } = useTranslation();
  const { active, sentence, clearFilters } = useFilterCounts();
  return (
    <p className="filters-showing">
      {sentence}
      {active > 0 && (
        <>
          {" — "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearFilters();
              // The button goes with the filters: focus stays in the panel, on its first box.
              focusSoon([firstBox]);
            }}
          >
            {t("filters.clearLower")}
          </button>
        </>
      )}
    </p>
  );
}

function FacetGroup({
  legend,
  counts,
  selected,
  toggle,
  labelOf,
}: {
  legend: string;
  labelOf: (value: string) => string;
  counts: readonly FacetCount[];
  selected: readonly string[];
  toggle: (value: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [all, setAll] = useState(false);
  if (counts.length === 0) return null;
  const chosen = new Set(selected);
  const shown = all
    ? counts
    : counts.filter((facet, i) => i < FIRST_VALUES || chosen.has(facet.name));
  const more = counts.length - shown.length;
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      <ul className="facet-list">
        {shown.map(({ name, count }) => (
          <li key={name}>
            <label className={`facet${count === 0 ? " is-empty" : ""}`}>
              <input type="checkbox" checked={chosen.has(name)} onChange={() => toggle(name)} />
              <span className="facet-name">{labelOf(name)}</span>
              <span className="facet-count">
                {count.toLocaleString(LOCALE_TAGS[lang])}
                <span className="visually-hidden">{t("filters.events", { count })}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {(more > 0 || all) && counts.length > FIRST_VALUES && (
        <button type="button" className="link-button" onClick={() => setAll((value) => !value)}>
          {all ? t("filters.showFewer") : t("filters.showAll", { count: counts.length })}
        </button>
      )}
    </fieldset>
  );
}
