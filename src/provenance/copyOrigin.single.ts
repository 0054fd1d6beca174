/**
 * In a one-file copy, "the app's own dataset" is whatever was saved into it: a copy saved from a
 * `?data=` address, a file or a draft records which (`OfflineCopyData.savedFrom`), and is named
 * as that, not as the site's story. A copy of the story, or one made before the record, has none.
 */
import { readOfflineCopy } from "../offline/embeddedCopy";

export const SHIPPED_SAVED_FROM = readOfflineCopy()?.savedFrom ?? null;
