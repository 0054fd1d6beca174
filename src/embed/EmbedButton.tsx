import { type ReactNode, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { onDemand } from "../ui/partFailed";
import { useOnDemand } from "../ui/useOnDemand";
import { CAN_EMBED } from "./canEmbed";

// The dialog (and the snippet code) loads when first opened, not with the app; a failure is said
// in a notice, and the next press tries again.
const loadDialog = onDemand(
  "dialog",
  () => import("./EmbedDialog"),
  (m) => m.EmbedDialog,
);

/**
 * "Embed": opens the dialog with the embed code for the current view. The
 * dialog is portalled to the body, so a folded header menu cannot hide it.
 * `children` are shown under the code (a sentence about the data's provenance).
 */
export function EmbedButton({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [Dialog, open, hide] = useOnDemand(loadDialog, "embed-dialog");
  const button = useRef<HTMLButtonElement>(null);
  // Nothing to embed while no dataset is open (a link to one that failed would embed the failure).
  const ready = useAppStore((state) => state.index !== null);
  const close = () => {
    hide();
    // The header menu may have folded meanwhile; then focus goes to the page's start.
    if (button.current?.checkVisibility?.()) button.current.focus();
  };
  if (!CAN_EMBED) return null;
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={open} disabled={!ready}>
        {t("embed.button")}
      </button>
      {Dialog && createPortal(<Dialog onClose={close}>{children}</Dialog>, document.body)}
    </>
  );
}
