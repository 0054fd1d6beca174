import { useState } from "react";
import { useAppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";

/**
 * One polite live region: a short sentence for each new selection, never the whole panel. A
 * sentence said in another language than the page's now is taken away: after a switch to
 * Japanese the region still held the last English one.
 */
export function LiveRegion() {
  const announcement = useAppStore((state) => state.announcement);
  const lang = useAppStore(selectLanguage);
  const [saidIn, setSaidIn] = useState({ seq: announcement.seq, lang });
  if (saidIn.seq !== announcement.seq) setSaidIn({ seq: announcement.seq, lang });
  const stale = saidIn.seq === announcement.seq && saidIn.lang !== lang;
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {/* The key re-mounts the text so a repeated sentence is read again. */}
      <span key={announcement.seq}>{stale ? "" : announcement.text}</span>
    </div>
  );
}
