import { useAppStore } from "../store/appStore";

/** One polite live region: a short sentence for each new selection, never the whole panel. */
export function LiveRegion() {
  const announcement = useAppStore((state) => state.announcement);
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {/* The key re-mounts the text so a repeated sentence is read again. */}
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
