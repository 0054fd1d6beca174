import "./panelMessages";
import { LOCALE_TAGS } from "../i18n/languages";
import type { Notice } from "../store/viewSlice";

/**
 * Files dropped together: the first opens, one dataset being on show at a time, and a notice names
 * the others, which were left without a word (review 32 F17). Its own chunk, with Open dataset's
 * words: dropping several files is rare, and the first load has no room for them.
 */
export function moreFilesDropped(opened: string, others: readonly string[]): Omit<Notice, "id"> {
  return {
    kind: "info",
    text: (t, language) =>
      t("open.oneAtATime", {
        opened,
        others: new Intl.ListFormat(LOCALE_TAGS[language], { type: "conjunction" }).format(others),
      }),
  };
}
