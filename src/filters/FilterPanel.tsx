import { useState } from "react";
import type { FacetCount } from "../data/indexDataset";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import {
  selectActiveFilterCount,
  selectActorCounts,
  selectTagCounts,
  showingSentence,
} from "./facets";
import "./filters.css";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import { useDisclosure } from "../ui/useDisclosure";

/** Facet values listed before "Show all". */
const FIRST_VALUES = 12;

/**
 * Actor and tag filters behind a disclosure button, with a count on each
 * box, and a "Showing 9 of 17 events — Clear filters" line that stays in
 * view while filters are on. Filtered-out events leave the timeline, the
 * map and the story together (they all read `selectFilterMask`).
 */
export function FilterPanel() {
  const { open, setOpen, root, toggle, panelId, toggleProps } = useDisclosure();
  const active = useAppStore(selectActiveFilterCount);
  const hasData = useAppStore((state) => state.index !== null);
  const actorCounts = useAppStore(selectActorCounts);
  const tagCounts = useAppStore(selectTagCounts);
  const actors = useAppStore((state) => state.actors);
  const tags = useAppStore((state) => state.tags);
  const toggleActor = useAppStore((state) => state.toggleActor);
  const toggleTag = useAppStore((state) => state.toggleTag);

  return (
    <div className="filters" ref={root}>
      <button {...toggleProps} className="filters-toggle" disabled={!hasData}>
        <ToolbarIcon path="M3 5h18l-7 8.5V19l-4 2v-7.5z" />
        {/* Phones show only the icon; the word stays the button's name. */}
        <span className="toolbar-label">Filters</span>
        {active > 0 && <span className="filters-badge">{active}</span>}
        {active > 0 && <span className="visually-hidden"> on</span>}
        <span className="filters-caret" aria-hidden="true">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <FilterSummary />
      <div id={panelId} className="filters-panel" hidden={!open}>
        <FacetGroup legend="Actors" counts={actorCounts} selected={actors} toggle={toggleActor} />
        <FacetGroup legend="Tags" counts={tagCounts} selected={tags} toggle={toggleTag} />
        <div className="filters-footer">
          <ShowingLine />
          <button
            type="button"
            className="filters-done"
            onClick={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          >
            Done
          </button>
        </div>
      </div>
    </div>
  );
}

function ShowingLine() {
  const shown = useAppStore(selectShownCount);
  const total = useAppStore(selectTotalCount);
  const active = useAppStore(selectActiveFilterCount);
  const clearFilters = useAppStore((state) => state.clearFilters);
  return (
    <p className="filters-showing">
      {showingSentence(shown, total)}
      {active > 0 && (
        <>
          {" — "}
          <button type="button" className="link-button" onClick={clearFilters}>
            clear filters
          </button>
        </>
      )}
    </p>
  );
}

/** The line in the toolbar while filters are on; its status text is read out as it changes. */
function FilterSummary() {
  const shown = useAppStore(selectShownCount);
  const total = useAppStore(selectTotalCount);
  const active = useAppStore(selectActiveFilterCount);
  const clearFilters = useAppStore((state) => state.clearFilters);
  return (
    <p className="filter-summary" data-testid="filter-summary" hidden={active === 0}>
      <span role="status">{active > 0 ? showingSentence(shown, total) : ""}</span>
      {active > 0 && (
        <>
          <span aria-hidden="true"> — </span>
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
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
}: {
  legend: string;
  counts: readonly FacetCount[];
  selected: readonly string[];
  toggle: (value: string) => void;
}) {
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
              <span className="facet-name">{name}</span>
              <span className="facet-count">
                {count.toLocaleString("en")}
                <span className="visually-hidden">{count === 1 ? " event" : " events"}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {(more > 0 || all) && counts.length > FIRST_VALUES && (
        <button type="button" className="link-button" onClick={() => setAll((value) => !value)}>
          {all ? "Show fewer" : `Show all ${counts.length.toLocaleString("en")}`}
        </button>
      )}
    </fieldset>
  );
}
