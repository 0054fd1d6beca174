import type { UndatedItem } from "../data/schema";
import { mapsUndated } from "../data/storyToShow";
import { lazyPart, useLazyPart } from "../ui/lazyPart";

// Only a story of undated items needs these words: their code comes with it, as the list's does.
const part = lazyPart(
  "undated",
  () => import("./NoDates"),
  (module) => module.NoDates,
);

/** The timeline's words for a story with no dates (`NoDates`), once their code has come. */
export function NoDatesSlot({ undated }: { undated: readonly UndatedItem[] }) {
  const NoDates = useLazyPart(part, true);
  return NoDates ? <NoDates undated={undated.length} mapped={mapsUndated(undated)} /> : null;
}
