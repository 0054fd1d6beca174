import { lazy, Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectActiveFilterCount } from "./facets";
import "./filters.css";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import type { Disclosure } from "../ui/useDisclosure";
import { useFilterCounts } from "./useFilterCounts";

// The facets load when the panel first opens, or as the pointer or the focus comes to its button:
// a first paint shows only the button.
const loadFacets = () => import("./FilterFacets");
const FilterFacets = lazy(() => loadFacets().then((module) => ({ default: module.FilterFacets })));
const preloadFacets = () => void loadFacets().catch(() => {});

/** The toggle's caret, down while the panel is folded and up while it is open. */
const CARET_DOWN = "M0.5 2h9L5 8.5z";
const CARET_UP = "M0.5 8h9L5 1.5z";

/**
 * Actor and tag filters behind a disclosure button, with a count on each
 * box, and a "Showing 9 of 17 events — Clear filters" line that stays in
 * view while filters are on (the panel's footer has it while the panel is
 * open). Filtered-out events leave the timeline, the map and the story
 * together (they all read `selectFilterMask`). The toolbar owns the
 * `disclosure`: the search box beside it keeps it open.
 */
export function FilterPanel({ disclosure }: { disclosure: Disclosure }) {
  const { t } = useTranslation();
  const { open, setOpen, root, toggle, panelId, toggleProps } = disclosure;
  const active = useAppStore(selectActiveFilterCount);
  const hasData = useAppStore((state) => state.index !== null);

  return (
    <div className="filters" ref={root}>
      <button
        {...toggleProps}
        className="filters-toggle"
        disabled={!hasData}
        onPointerEnter={preloadFacets}
        onFocus={preloadFacets}
      >
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
      <FilterSummary open={open} afterClear={() => toggle.current?.focus()} />
      <div id={panelId} className="filters-panel" hidden={!open}>
        {open && (
          // While the facets come, Tab has a place in the panel: with nothing there, it went on
          // past the panel, which closed as focus left, and the Space meant for a box started
          // story mode. The facets take the focus from it as they come (FilterFacets).
          <Suspense
            fallback={
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a stand-in for the boxes, for a moment
              <p className="filters-loading" tabIndex={0}>
                {t("app.loading")}
              </p>
            }
          >
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

/**
 * The line in the toolbar while filters are on and the panel is closed: the open panel's footer
 * says the same, and on a phone this line, a row of its own above the panel, came with the first
 * box ticked and moved every box down under the finger (review 41 R2). Its words are read out as
 * they change by a status region outside the line: inside it, hidden until its first words came,
 * the region entered the accessibility tree holding them, which screen readers need not read.
 * Clear filters goes with the line, so `afterClear` gives focus a place (the Filters button)
 * instead of the page.
 */
function FilterSummary({ open, afterClear }: { open: boolean; afterClear: () => void }) {
  const { t } = useTranslation();
  const { total, active, sentence: counted, clearFilters } = useFilterCounts();
  const sentence = active > 0 ? counted : "";
  const index = useAppStore((state) => state.index);
  const announce = useAppStore((state) => state.announce);
  // Filters going off are said however they went (Clear filters, here or in the panel; the search
  // emptied with "only matches" on: review 30 F4): the status went empty with the line, and a
  // screen reader heard nothing. Not when a dataset opened anew took them.
  const before = useRef({ active, index });
  useEffect(() => {
    if (active === 0 && before.current.active > 0 && before.current.index === index)
      announce(t("filters.cleared", { total }));
    before.current = { active, index };
  }, [active, index, total, announce, t]);
  return (
    <>
      <span role="status" className="visually-hidden">
        {sentence}
      </span>
      <p className="filter-summary" data-testid="filter-summary" hidden={active === 0 || open}>
        <span aria-hidden="true">{sentence}</span>
        {active > 0 && (
          <>
            <span aria-hidden="true"> — </span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                clearFilters();
                afterClear();
              }}
            >
              {t("filters.clear")}
            </button>
          </>
        )}
      </p>
    </>
  );
}
