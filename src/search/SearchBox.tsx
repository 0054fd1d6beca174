import {
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  lazy,
  type RefObject,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { detailsHeading, focusSoon } from "../details/focusDetails";
import { useNames } from "../details/useNames";
import { useAppStore } from "../store/appStore";
import { useMediaQuery } from "../timeline/useMediaQuery";
import { isComposing } from "../ui/globalKeys";
import { MAX_QUERY_LENGTH } from "../url/codec";
import type { EventMatch, PlaceMatch } from "./searchIndex";
import { useSearch } from "./useSearch";
import "./search.css";

// The results' content (highlights, snippets) loads with the first search, not with the page.
const loadOptions = () => import("./SearchOptions");
const OptionContent = lazy(() =>
  loadOptions().then((module) => ({ default: module.OptionContent })),
);

type Option = EventMatch | PlaceMatch;

/**
 * One search box for events and places (combobox with a listbox of
 * results). The text is the store's `query`, so it is in the URL (`q=`).
 * Arrow keys move through the results, Enter or a click selects one (the
 * first, if none is active), Escape closes the list and then clears the box.
 * `region` is given the search landmark (the filter panel stays open while it
 * is used); `onChoose` is told when a result is chosen.
 */
export function SearchBox({
  region,
  onChoose,
}: {
  region?: RefObject<HTMLElement | null>;
  onChoose?: () => void;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const query = useAppStore((state) => state.query);
  const setQuery = useAppStore((state) => state.setQuery);
  const selectEvent = useAppStore((state) => state.selectEvent);
  const selectPlace = useAppStore((state) => state.selectPlace);
  const onlyMatches = useAppStore((state) => state.onlyMatches);
  const setOnlyMatches = useAppStore((state) => state.setOnlyMatches);
  const own = useRef<HTMLElement>(null);
  const root = region ?? own;
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** The kind of pointer that pressed a result last ("touch", "mouse", "pen"). */
  const pressedBy = useRef("");
  const { result, sentence, preparing, progress, failed, settled } = useSearch(query, focused);
  // The whole placeholder does not fit beside the toolbar's buttons on the narrowest phones.
  const narrow = useMediaQuery("(max-width: 420px)");
  const { t } = useTranslation();

  const options: Option[] = useMemo(
    () => (result ? [...result.places, ...result.events] : []),
    [result],
  );
  // A new result list starts with nothing active.
  const [activeFor, setActiveFor] = useState(result);
  if (activeFor !== result) {
    setActiveFor(result);
    setActive(-1);
  }

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const hasQuery = query.trim() !== "";
  const expanded =
    open && hasQuery && (options.length > 0 || result !== null || preparing || failed !== null);
  const listShown = expanded && options.length > 0;
  let status = "";
  if (hasQuery && preparing) status = t("search.preparing");
  if (hasQuery && failed) status = failed;
  else if (hasQuery && result && settled === query) status = sentence;

  const choose = (option: Option | undefined, { tapped = false } = {}) => {
    if (!option) return;
    if (option.kind === "place") selectPlace(option.place.id);
    else selectEvent(option.event.id);
    setOpen(false);
    setActive(-1);
    onChoose?.();
    // A tap leaves the box: kept there, focus kept a phone's keyboard up over the details of what
    // was chosen. They take it (a screen reader reads their heading), or else the page does.
    // A click or Enter keeps it in the box, whose keys go on searching.
    if (tapped) {
      document.getElementById(inputId)?.blur();
      focusSoon([detailsHeading], 500);
    }
  };

  /** Focus leaving the search (not moving from the box to the toggle) closes the list. */
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && root.current?.contains(event.relatedTarget)) return;
    setOpen(false);
    setActive(-1);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setQuery(event.target.value);
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event.nativeEvent)) return;
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((i) => (i + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case "Enter":
        if (!hasQuery || count === 0) return;
        event.preventDefault();
        choose(options[Math.max(active, 0)]);
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== "") {
          event.preventDefault();
          setQuery("");
        }
        break;
      default:
    }
  };

  return (
    <search className="search" aria-label={t("search.region")} ref={root}>
      <label htmlFor={inputId} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={inputId}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={narrow ? t("search.placeholderShort") : t("search.placeholder")}
        maxLength={MAX_QUERY_LENGTH}
        value={query}
        aria-expanded={listShown}
        aria-controls={listShown ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={listShown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onFocus={() => {
          void loadOptions().catch(() => {});
          setFocused(true);
          setOpen(true);
        }}
        onBlur={onBlur}
        // A click or tap in the box shows its results again: after one was chosen the box kept
        // focus, so focus alone never reopened them, and a phone has no ArrowDown.
        onClick={() => setOpen(true)}
      />
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </p>
      {expanded && (
        <div
          className="search-popup"
          data-testid="search-popup"
          // Out of the Tab order (Chromium lets Tab stop on a scrolling box): Tab from the box went
          // to this popup, which the box's blur then took away, and focus fell to the page.
          tabIndex={-1}
        >
          <p className="search-summary" aria-hidden="true">
            {/* The share is seen, not announced: the status would be read out a few times a second. */}
            {hasQuery && progress !== null
              ? t("search.preparingShare", { share: progress })
              : status || t("search.searching")}
          </p>
          <button
            type="button"
            className="search-only"
            aria-pressed={onlyMatches}
            // The one control of the list that Tab reaches: the list stays open while it has focus.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setOnlyMatches(!onlyMatches)}
            onBlur={onBlur}
            onKeyDown={(event) => {
              if (event.key !== "Escape") return;
              event.preventDefault();
              document.getElementById(inputId)?.focus();
              setOpen(false);
            }}
          >
            <span className="search-only-box" aria-hidden="true" />
            {t("search.onlyMatches")}
          </button>
          {result?.correction && settled === query && (
            <button
              type="button"
              className="search-correction"
              // Clicked, not tabbed to: the popup goes when the box loses focus.
              tabIndex={-1}
              // Keep focus in the box: the click replaces the query.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setQuery(result.correction ?? query)}
            >
              {t("search.correction", { correction: result.correction })}
            </button>
          )}
          {listShown && (
            <div
              id={listId}
              role="listbox"
              aria-label={t("search.results")}
              className="search-results"
            >
              {options.map((option, i) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the box's arrow keys and Enter choose options (aria-activedescendant)
                <div
                  key={option.kind === "place" ? `p:${option.place.id}` : `e:${option.event.id}`}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className="search-option"
                  // Keep focus in the box: the click selects.
                  onMouseDown={(event) => event.preventDefault()}
                  onPointerDown={(event) => {
                    pressedBy.current = event.pointerType;
                  }}
                  onClick={() => choose(option, { tapped: pressedBy.current === "touch" })}
                  onMouseMove={() => {
                    if (active !== i) setActive(i);
                  }}
                >
                  <Suspense fallback={<PlainOption option={option} />}>
                    <OptionContent option={option} terms={result?.terms ?? []} />
                  </Suspense>
                </div>
              ))}
            </div>
          )}
        </div>
      )}
    </search>
  );
}

/** A result's name while its full content loads: an option is never without a name. */
function PlainOption({ option }: { option: Option }) {
  const { titleOf, placeNameOf } = useNames();
  return (
    <span className="search-title">
      {option.kind === "place" ? placeNameOf(option.place.id) : titleOf(option.event)}
    </span>
  );
}
