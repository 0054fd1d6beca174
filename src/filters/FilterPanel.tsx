import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectActiveFilterCount, showingSentence } from "./facets";
import "./filters.css";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import type { Disclosure } from "../ui/useDisclosure";
import { useFilterCounts } from "./useFilterCounts";

// The facets load when the panel first opens: a first paint shows only the button.
const FilterFacets = lazy(() =>
  import("./FilterFacets").then((module) => ({ default: module.FilterFacets })),
);

/** The toggle's caret, down while the panel is folded and up while it is open. */
const CARET_DOWN = "M0.5 2h9L5 8.5z";
const CARET_UP = "M0.5 8h9L5 1.5z";

/**
 * Actor and tag filters behind a disclosure button, with a count on each
 * box, and a "Showing 9 of 17 events — Clear filters" line that stays in
 * view while filters are on. Filtered-out events leave the timeline, the
 * map and the story together (they all read `selectFilterMask`). The
 * toolbar owns the `disclosure`: the search box beside it keeps it open.
 */
export function FilterPanel({ disclosure }: { disclosure: Disclosure }) {
  const { t } = useTranslation();
  const { open, setOpen, root, toggle, panelId, toggleProps } = disclosure;
  const active = useAppStore(selectActiveFilterCount);
  const hasData = useAppStore((state) => state.index !== null);

  return (
    <div className="filters" ref={root}>
      <button {...toggleProps} className="filters-toggle" disabled={!hasData}>
        <ToolbarIcon path="M3 5h18l-7 8.5V19l-4 2v-7.5z" />
        {/* Phones show only the icon; the word stays the button's name. */}
        <span className="toolbar-label">{t("filters.button")}</span>
        {active > 0 && <span className="filters-badge">{active}</span>}
        {active > 0 && <span className="visually-hidden">{t("filters.on")}</span>}
        <span className="filters-caret" aria-hidden="true">
          {/* Drawn, not the ▾ and ▴ characters: no text font has them, so the page's first frame
              asked the system for a fallback font (three synchronous font-service calls on Linux). */}
          <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <path d={open ? CARET_UP : CARET_DOWN} />
          </svg>
        </span>
      </button>
      <FilterSummary />
      <div id={panelId} className="filters-panel" hidden={!open}>
        {open && (
          <Suspense fallback={null}>
            <FilterFacets
              onDone={() => {
                setOpen(false);
                toggle.current?.focus();
              }}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/** The line in the toolbar while filters are on; its status text is read out as it changes. */
function FilterSummary() {
  const { t } = useTranslation();
  const { shown, total, active, clearFilters } = useFilterCounts();
  return (
    <p className="filter-summary" data-testid="filter-summary" hidden={active === 0}>
      <span role="status">{active > 0 ? showingSentence(shown, total) : ""}</span>
      {active > 0 && (
        <>
          <span aria-hidden="true"> — </span>
          <button type="button" className="link-button" onClick={clearFilters}>
            {t("filters.clear")}
          </button>
        </>
      )}
    </p>
  );
}
