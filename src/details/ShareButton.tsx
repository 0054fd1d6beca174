import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../store/appStore";
import { DEFAULT_URL_STATE, encodeUrl } from "../url/codec";
import { shareLink } from "../url/shareLink";

type ShareState =
  | { kind: "idle" }
  | { kind: "copied"; link: string }
  | { kind: "manual"; link: string };

/** Copies the event's link; where the clipboard is refused, shows the link selected for copying by hand. */
export function ShareButton({ eventId, title }: { eventId: string; title: string }) {
  const source = useAppStore((state) => state.source);
  const announce = useAppStore((state) => state.announce);
  const [share, setShare] = useState<ShareState>({ kind: "idle" });
  const field = useRef<HTMLInputElement>(null);

  // A new event starts with a fresh button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the event changes
  useEffect(() => setShare({ kind: "idle" }), [eventId]);

  useEffect(() => {
    if (share.kind === "manual") field.current?.select();
  }, [share]);

  const onShare = async () => {
    // Preview pages exist only in the built app.
    const link = import.meta.env.DEV
      ? new URL(encodeUrl({ ...DEFAULT_URL_STATE, event: eventId }), location.origin).href
      : shareLink(eventId, source, import.meta.env.BASE_URL, location.origin);
    try {
      await navigator.clipboard.writeText(link);
      setShare({ kind: "copied", link });
      announce(`Link to “${title}” copied`);
    } catch {
      setShare({ kind: "manual", link });
      announce("Copy the selected link");
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={onShare} aria-label={`Share a link to ${title}`}>
        Share
      </button>
      {share.kind === "copied" && (
        <p className="share-confirm" data-testid="share-confirm">
          Link copied
        </p>
      )}
      {share.kind === "manual" && (
        <label className="share-manual">
          Copy this link:
          <input ref={field} type="text" readOnly value={share.link} data-testid="share-link" />
        </label>
      )}
    </div>
  );
}
