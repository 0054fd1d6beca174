import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { langInAddress } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { ShareOriginNote } from "../provenance/ShareOriginNote";
import { useAppStore } from "../store/appStore";
import { useKeyedState } from "../ui/useKeyedState";
import { DEFAULT_URL_STATE, encodeUrl } from "../url/codec";
import { shareLink } from "../url/shareLink";

type ShareState =
  | { kind: "idle" }
  | { kind: "copied"; link: string }
  | { kind: "manual"; link: string };

/**
 * Copies the event's link (on a touch screen, offers it to the system's share
 * sheet first); where the clipboard is refused, shows the link selected for
 * copying by hand. Another site's data is named before copying,
 * and a local file or a draft, which no link can show, has no link to copy.
 */
export function ShareButton({ eventId, title }: { eventId: string; title: string }) {
  const source = useAppStore((state) => state.source);
  const announce = useAppStore((state) => state.announce);
  const hostLink = useAppStore((state) => state.hostLink);
  const { t } = useTranslation();
  const lang = useLanguage();
  // A new event starts with a fresh button.
  const [share, setShare] = useKeyedState<ShareState>(eventId, { kind: "idle" });
  const field = useRef<HTMLInputElement>(null);
  const noteId = useId();
  // A file or a draft lives in this browser only: no link can show it.
  const linkable = source.kind !== "file" && source.kind !== "draft";

  useEffect(() => {
    if (share.kind === "manual") field.current?.select();
  }, [share]);

  const onShare = async () => {
    // In an embed, the host page's own link to the event: a reader shares the article at it.
    // Preview pages exist only in the built app.
    const link = hostLink
      ? hostLink + encodeURIComponent(eventId)
      : import.meta.env.DEV
        ? new URL(
            encodeUrl({ ...DEFAULT_URL_STATE, event: eventId, lang: langInAddress(lang) }),
            location.origin,
          ).href
        : shareLink(eventId, source, import.meta.env.BASE_URL, location.origin, lang);
    // On a touch screen, the system's share sheet (messages, mail, another app), as a phone's
    // reader expects: Share only copied there (review 11). Cancelled, nothing more; refused or
    // missing, the link is copied as on a desktop.
    if (typeof navigator.share === "function" && matchMedia("(pointer: coarse)").matches) {
      try {
        await navigator.share({ title, url: link });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setShare({ kind: "copied", link });
      announce(t("details.linkCopiedTo", { title }));
    } catch {
      setShare({ kind: "manual", link });
      announce(t("details.copySelected"));
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        onClick={onShare}
        disabled={!linkable}
        aria-label={t("details.shareLabel", { title })}
        aria-describedby={source.kind === "default" ? undefined : noteId}
      >
        {t("details.share")}
      </button>
      <ShareOriginNote id={noteId} />
      {share.kind === "copied" && (
        <p className="share-confirm" data-testid="share-confirm">
          {t("details.linkCopied")}
        </p>
      )}
      {share.kind === "manual" && (
        <label className="share-manual">
          {t("details.copyThis")}
          <input ref={field} type="text" readOnly value={share.link} data-testid="share-link" />
        </label>
      )}
    </div>
  );
}
