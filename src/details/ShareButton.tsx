import { useEffect, useId, useRef } from "react";
import { BUILD } from "../provenance/build";
import { ShareOriginNote } from "../provenance/ShareOriginNote";
import { useAppStore } from "../store/appStore";
import { useKeyedState } from "../ui/useKeyedState";
import { DEFAULT_URL_STATE, encodeUrl } from "../url/codec";
import { shareLink } from "../url/shareLink";

type ShareState =
  | { kind: "idle" }
  | { kind: "copied"; link: string }
  | { kind: "manual"; link: string };

/** Without SITE_URL the share pages' preview image has a relative address, which link previews ignore. */
const NO_PREVIEW_IMAGE =
  "Its preview on social sites and chat apps will have no image: this site was built without SITE_URL.";

/**
 * Copies the event's link; where the clipboard is refused, shows the link
 * selected for copying by hand. Another site's data is named before copying,
 * and a local file or a draft, which no link can show, has no link to copy.
 */
export function ShareButton({ eventId, title }: { eventId: string; title: string }) {
  const source = useAppStore((state) => state.source);
  const announce = useAppStore((state) => state.announce);
  // A new event starts with a fresh button.
  const [share, setShare] = useKeyedState<ShareState>(eventId, { kind: "idle" });
  const field = useRef<HTMLInputElement>(null);
  const noteId = useId();
  // A file or a draft lives in this browser only: no link can show it.
  const linkable = source.kind !== "file" && source.kind !== "draft";
  const noImage = source.kind === "default" && BUILD.siteUrl === null && !import.meta.env.DEV;

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
      <button
        type="button"
        onClick={onShare}
        disabled={!linkable}
        aria-label={`Share a link to ${title}`}
        aria-describedby={source.kind === "default" ? undefined : noteId}
      >
        Share
      </button>
      <ShareOriginNote id={noteId} />
      {share.kind === "copied" && (
        <p className="share-confirm" data-testid="share-confirm">
          Link copied
        </p>
      )}
      {share.kind !== "idle" && noImage && (
        <p className="share-warning" data-testid="share-no-image">
          {NO_PREVIEW_IMAGE}
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
