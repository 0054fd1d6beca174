import type { ReactNode } from "react";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** The label's language, when it is not the page's (a language named in its own). */
  lang?: string;
  /** Why this choice will not show as expected: the choice is marked and says it. */
  caveat?: string;
}

/**
 * One choice among a few, as radio buttons drawn side by side, under a legend
 * (the naming switch, the language switch).
 */
export function SegmentedChoice<T extends string>({
  className,
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  className: string;
  legend: string;
  /** The radio group's name: one per page. */
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label
          key={choice.value}
          className={choice.caveat ? "segmented segmented-caveat" : "segmented"}
          title={choice.caveat}
        >
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            aria-description={choice.caveat}
          />
          {choice.lang ? (
            <span lang={choice.lang} data-font-exempt="">
              {choice.label}
              {choice.caveat && <Mark />}
            </span>
          ) : (
            <span>
              {choice.label}
              {choice.caveat && <Mark />}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

/** A caveated choice's mark; its words are the choice's description and title. */
function Mark() {
  return (
    <sup className="segmented-mark" aria-hidden="true">
      *
    </sup>
  );
}
