import { useAppStore } from "../store/appStore";
import { selectNoMatchCause } from "../store/selectors";
import { lazyPart, useLazyPart } from "../ui/lazyPart";

// Only filters or a search that leave nothing need the words and the way out: their code comes then.
const part = lazyPart(
  "noMatch",
  () => import("./NoMatch"),
  (module) => module.NoMatch,
);

/** The empty timeline's words (`NoMatch`), once its code has come (nothing meanwhile). */
export function NoMatchSlot() {
  const wanted = useAppStore((state) => selectNoMatchCause(state) !== null);
  const NoMatch = useLazyPart(part, wanted);
  return NoMatch && wanted ? <NoMatch /> : null;
}
