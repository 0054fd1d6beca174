import "../ui/panelMessages";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import "./embedDialog.css";
import { defaultWindow } from "../data/defaultWindow";
import { metaTexts } from "../i18n/datasetText";
import { useLanguage } from "../i18n/useLanguage";
import { appStore, useAppStore } from "../store/appStore";
import { selectLanguageToKeep } from "../store/languageSlice";
import { urlStateOf } from "../url/urlState";
import { EMBED_SIZES, type EmbedSize, embedSnippet } from "./snippet";

interface EmbedDialogProps {
  /** Called once the dialog has closed (Escape or Close), when focus may leave it. */
  onClose: () => void;
  /** Shown under the code: a sentence about where a dataset that is not ours comes from. */
  children?: ReactNode;
}

/** The app's public address, from the page it runs on. */
function appUrl(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}

/**
 * The embed code for the current view, with its options (size, whether the
 * host page's address follows the embed) and a Copy button. A modal `<dialog>`:
 * focus stays inside it, Escape closes it and focus goes back to the button.
 */
export function EmbedDialog({ onClose, children }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const codeId = useId();
  const [size, setSize] = useState<EmbedSize>("medium");
  const [followAddress, setFollowAddress] = useState(true);
  const [copied, setCopied] = useState<"idle" | "copied" | "manual">("idle");
  const source = useAppStore((state) => state.source);
  const { t } = useTranslation();
  const lang = useLanguage();
  const meta = useAppStore((state) => state.index?.dataset.meta ?? null);
  const announce = useAppStore((state) => state.announce);
  // A local file or the editor's draft has no address an embed could load.
  const embeddable = source.kind === "default" || source.kind === "url";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Unmounting removes it from the page, which closes it: no cleanup (a close event would echo).
    if (!element.open) element.showModal();
    // The dialog's own first stop would be the first height, chosen or not (Small, where Medium
    // is chosen): start on the chosen one, as Tab into the group would.
    element.querySelector<HTMLInputElement>("input[type=radio]:checked")?.focus();
    // The page's shortcuts (Escape clears the selection, j/k step) stay behind the modal;
    // Escape then does what it does in a dialog: close it.
    const keepKeys = (event: KeyboardEvent) => event.stopPropagation();
    element.addEventListener("keydown", keepKeys);
    return () => element.removeEventListener("keydown", keepKeys);
  }, []);

  // The view cannot change while the dialog is open (it is modal): read it once per render.
  const state = appStore.getState();
  const snippet = embedSnippet({
    appUrl: appUrl(),
    state: { ...urlStateOf(state), lang: selectLanguageToKeep(state) },
    defaultWindow: state.index ? defaultWindow(state.index) : null,
    title: meta
      ? t("embed.frameTitle", { title: metaTexts(meta, lang).title.text })
      : t("app.embedMain"),
    size,
    followAddress,
  });

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("copied");
      announce(t("embed.copiedAnnounce"));
    } catch {
      setCopied("manual");
      code.current?.select();
      announce(t("embed.copyManualAnnounce"));
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t("embed.title")}</h2>
      {!embeddable ? (
        <p className="embed-unavailable">
          {t("embed.unavailable", { kind: source.kind === "draft" ? "draft" : "file" })}
        </p>
      ) : (
        <>
          <p className="embed-intro">{t("embed.intro")}</p>
          <fieldset className="embed-sizes">
            <legend>{t("embed.height")}</legend>
            {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((key) => (
              <label key={key}>
                <input
                  type="radio"
                  name={`${titleId}-size`}
                  value={key}
                  checked={size === key}
                  onChange={() => setSize(key)}
                />
                {t("embed.size", {
                  label: t(`embed.sizes.${key}`),
                  height: EMBED_SIZES[key].height,
                })}
              </label>
            ))}
          </fieldset>
          <label className="embed-follow">
            <input
              type="checkbox"
              checked={followAddress}
              onChange={(event) => setFollowAddress(event.target.checked)}
            />
            {t("embed.follow")}
          </label>
          <label htmlFor={codeId} className="embed-code-label">
            {t("embed.code")}
          </label>
          <textarea
            id={codeId}
            ref={code}
            className="embed-code"
            readOnly
            rows={6}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          {children && <div className="embed-note">{children}</div>}
        </>
      )}
      <div className="embed-actions">
        {embeddable && (
          <button type="button" onClick={onCopy}>
            {t("embed.copy")}
          </button>
        )}
        <p className="embed-status" role="status">
          {copied === "copied"
            ? t("embed.copied")
            : copied === "manual"
              ? t("embed.copyManual")
              : ""}
        </p>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t("open.close")}
        </button>
      </div>
    </dialog>
  );
}
