import { lazy, type ReactNode, Suspense, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";

// The dialog (and the snippet code) loads when first opened, not with the app.
const EmbedDialog = lazy(() => import("./EmbedDialog").then((m) => ({ default: m.EmbedDialog })));

/**
 * "Embed": opens the dialog with the embed code for the current view. The
 * dialog is portalled to the body, so a folded header menu cannot hide it.
 * `children` are shown under the code (a sentence about the data's provenance).
 */
export function EmbedButton({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The header menu may have folded meanwhile; then focus goes to the page's start.
    if (button.current?.checkVisibility?.()) button.current.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("embed.button")}
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <EmbedDialog onClose={close}>{children}</EmbedDialog>
          </Suspense>,
          document.body,
        )}
    </>
  );
}
