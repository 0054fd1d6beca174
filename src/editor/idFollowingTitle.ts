import { slugify } from "../data/slug";
import { isPlaceholderId } from "./placeholderId";
import { uniqueId } from "./uniqueId";

/**
 * A new event's id made from its title ("Sputnik 1 launched" → `sputnik-1-launched`), as an
 * imported event's is, for as long as the id is still the editor's own: the event was added in
 * this draft (`followsTitle`, never set for an event of the opened dataset or of a reopened saved
 * draft, whose id may be in links), and the id is `new-event…` or the slug of the title before
 * this edit, not one the author typed. Whether the event is already dated does not matter: with
 * Start typed first, the event became valid at the title's first letter and kept the id `f` for
 * "First event" (review 41 R1). A title a slug keeps nothing of (日ソ共同宣言) gives `new-event`,
 * which the Title's hint then names. `others`: the draft's other events' ids, made only when
 * needed (a draft may hold 10,000). Undefined: the id stays.
 */
export function idFollowingTitle(
  event: { followsTitle?: true; fields: { id: string; title: string } },
  others: () => ReadonlySet<string>,
  patch: { id?: string; title?: string },
): string | undefined {
  if (!event.followsTitle || patch.title === undefined || patch.id !== undefined) return undefined;
  const taken = others();
  const idOf = (title: string) => uniqueId(slugify(title, 60) || "new-event", taken);
  const { id, title } = event.fields;
  return isPlaceholderId(id, "event") || id === idOf(title) ? idOf(patch.title) : undefined;
}
