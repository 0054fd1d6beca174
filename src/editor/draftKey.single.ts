/**
 * A one-file copy's draft key. Every copy opened from disk shares one storage (`file://`), so
 * copies shared one draft: a copy of another story opened on a draft made in this one, and its
 * Discard deleted that work (review 27 F1). Each copy keeps its own, by the moment it was saved.
 */
import { readOfflineCopy } from "../offline/embeddedCopy";

export const DRAFT_KEY = `draft:v1:copy:${readOfflineCopy()?.savedAt ?? ""}`;
