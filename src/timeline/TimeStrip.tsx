import type { periodTexts } from "../i18n/datasetText";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { STRIP_HEIGHT } from "./laneGeometry";
import type { StripLayout } from "./stripLayout";

/**
 * The strip above the lanes: hints to events off-screen (buttons that bring
 * the nearest one into view), the publication date, and period names (their
 * notes in a tooltip). Laid out by `stripLayout`, so nothing overlaps.
 */
export function TimeStrip(props: {
  strip: StripLayout;
  /** Each period's title and note in the page's language (or the dataset's, marked). */
  periods: ReadonlyMap<string, ReturnType<typeof periodTexts>>;
  onHint: (side: "earlier" | "later") => void;
}) {
  const { strip, periods, onHint } = props;
  const lang = useLanguage();
  return (
    <div className="tl-strip" style={{ height: `${STRIP_HEIGHT}px` }}>
      {strip.texts.map((text) => {
        const style = { transform: `translateX(${text.x}px)`, maxWidth: `${text.width}px` };
        if (text.key === "earlier" || text.key === "later") {
          const side = text.key;
          return (
            <button
              key={text.key}
              type="button"
              className={`tl-hint tl-hint--${side}`}
              style={{ ...style, width: `${text.width}px` }}
              onClick={() => onHint(side)}
            >
              {text.text}
            </button>
          );
        }
        const periodId = text.key.startsWith("period:") ? text.key.slice(7) : null;
        const period = periodId ? periods.get(periodId) : undefined;
        const note = period?.note?.text;
        // A title the dataset has not translated stays in its own language, and says so.
        const own =
          period && period.title.lang !== LANG_ATTRIBUTES[lang] ? period.title.lang : undefined;
        return (
          <span
            key={text.key}
            className={periodId ? "tl-period-label" : "tl-published-label"}
            style={style}
            lang={own}
            title={note ? `${text.text}: ${note}` : text.text}
          >
            {text.text}
          </span>
        );
      })}
    </div>
  );
}
