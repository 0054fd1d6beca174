import { useKeyedState } from "../ui/useKeyedState";
import "./provenance.css";
import { useOrigin } from "./useOrigin";

/**
 * Part of the header whenever the dataset is not the one this site ships:
 * where it comes from, in words. It can shrink to a badge but never goes
 * away; print always shows the full sentence. In an embed (`brief`) it is the
 * sentence alone, on a slim row under the title: no detail, nothing to shrink.
 */
export function ProvenanceBanner({ brief = false }: { brief?: boolean }) {
  const words = useOrigin();
  // Another dataset is announced in full again.
  const [small, setSmall] = useKeyedState(words?.banner ?? null, false);

  if (!words) return null;
  if (brief)
    return (
      <div
        className={`provenance is-brief${words.foreign ? " is-foreign" : ""}`}
        role="note"
        aria-label="Where this data comes from"
        data-testid="provenance"
      >
        <p className="provenance-text">
          <strong>{words.banner}</strong>
        </p>
      </div>
    );
  return (
    <div
      className={`provenance${words.foreign ? " is-foreign" : ""}`}
      role="note"
      aria-label="Where this data comes from"
      data-testid="provenance"
      data-size={small ? "badge" : "full"}
    >
      {small ? (
        <button
          type="button"
          className="provenance-badge"
          aria-expanded={false}
          aria-label={`${words.banner}. Show where this data comes from`}
          onClick={() => setSmall(false)}
        >
          <span aria-hidden="true">⚠ </span>
          {words.badge}
        </button>
      ) : (
        <>
          <p className="provenance-text">
            <strong>{words.banner}</strong>{" "}
            <span className="provenance-detail">{words.detail}</span>
          </p>
          <button
            type="button"
            className="provenance-shrink"
            aria-expanded={true}
            aria-label="Shrink the notice on where this data comes from"
            onClick={() => setSmall(true)}
          >
            Shrink
          </button>
        </>
      )}
      {/* On paper the badge cannot be opened: print the sentence. */}
      {small && <p className="provenance-print">{words.banner}</p>}
    </div>
  );
}
