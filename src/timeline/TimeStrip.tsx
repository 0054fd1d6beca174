import { STRIP_HEIGHT } from "./laneGeometry";
import type { StripLayout } from "./stripLayout";

/**
 * The strip above the lanes: hints to events off-screen (buttons that bring
 * the nearest one into view), the publication date, and period names (their
 * notes in a tooltip). Laid out by `stripLayout`, so nothing overlaps.
 */
export function TimeStrip(props: {
  strip: StripLayout;
  notes: ReadonlyMap<string, string | undefined>;
  onHint: (side: "earlier" | "later") => void;
}) {
  const { strip, notes, onHint } = props;
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
        const note = periodId ? notes.get(periodId) : undefined;
        return (
          <span
            key={text.key}
            className={periodId ? "tl-period-label" : "tl-published-label"}
            style={style}
            title={note ? `${text.text}: ${note}` : text.text}
          >
            {text.text}
          </span>
        );
      })}
    </div>
  );
}
