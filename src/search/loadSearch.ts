import { onDemand } from "../ui/partFailed";

export type SearchModule = typeof import("./searchIndex");

/** The index and its search load when search is first wanted (the box has focus, or "only matches"), not with the page. */
export const loadSearch = onDemand("search", () => import("./searchIndex"));

/** Search runs once typing pauses this long. */
export const SEARCH_DEBOUNCE_MS = 150;
