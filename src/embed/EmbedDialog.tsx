import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { defaultWindow } from "../data/defaultWindow";
import { appStore, useAppStore } from "../store/appStore";
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
  const title = useAppStore((state) => state.index?.dataset.meta.title ?? "Timeline and map");
  const announce = useAppStore((state) => state.announce);
  // A local file or the editor's draft has no address an embed could load.
  const embeddable = source.kind === "default" || source.kind === "url";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Unmounting removes it from the page, which closes it: no cleanup (a close event would echo).
    if (!element.open) element.showModal();
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
    state: urlStateOf(state),
    defaultWindow: state.index ? defaultWindow(state.index) : null,
    title: `${title}: timeline and map`,
    size,
    followAddress,
  });

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("copied");
      announce("Embed code copied");
    } catch {
      setCopied("manual");
      code.current?.select();
      announce("Copy the selected embed code");
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Embed this view</h2>
      {!embeddable ? (
        <p className="embed-unavailable">
          {source.kind === "draft" ? "A draft" : "A dataset opened from a file"} has no address, so
          it cannot be embedded. Publish it at an https:// address and open it with{" "}
          <code>?data=</code> first.
        </p>
      ) : (
        <>
          <p className="embed-intro">
            Paste this code into your page's HTML. It shows this view; readers can explore it there,
            and your page's address links to what they select.
          </p>
          <fieldset className="embed-sizes">
            <legend>Height</legend>
            {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((key) => (
              <label key={key}>
                <input
                  type="radio"
                  name={`${titleId}-size`}
                  value={key}
                  checked={size === key}
                  onChange={() => setSize(key)}
                />
                {EMBED_SIZES[key].label} ({EMBED_SIZES[key].height} px)
              </label>
            ))}
          </fieldset>
          <label className="embed-follow">
            <input
              type="checkbox"
              checked={followAddress}
              onChange={(event) => setFollowAddress(event.target.checked)}
            />
            Your page's address follows the embed (links and Back)
          </label>
          <label htmlFor={codeId} className="embed-code-label">
            Embed code
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
            Copy
          </button>
        )}
        <p className="embed-status" role="status">
          {copied === "copied" ? "Copied" : copied === "manual" ? "Press Ctrl+C or ⌘C to copy" : ""}
        </p>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
