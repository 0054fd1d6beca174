import { useEffect, useState } from "react";

/** How long a load may take before the bar shows: a quick load shows none. */
const A_MOMENT_MS = 300;

/** Whether `label` has been set for a moment, so a bar does not flash on a quick load. */
export function useAfterAMoment(label: string | null): boolean {
  const [shownFor, setShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (label === null) return;
    const timer = setTimeout(() => setShownFor(label), A_MOMENT_MS);
    return () => clearTimeout(timer);
  }, [label]);
  return label !== null && shownFor === label;
}
