import { currentLanguage, t } from "../i18n/i18n";
import { type Notice, noticeText } from "../store/viewSlice";

/** A notice as the page shows it now: its text worded in the language on show. */
export function worded(notice: Notice): Notice & { text: string } {
  return { ...notice, text: noticeText(notice.text, t, currentLanguage()) };
}
