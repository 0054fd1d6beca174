import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { selectOffersNamingChoice } from "../store/selectors";
import { useDisclosure } from "./useDisclosure";

/**
 * The header's tools (naming switch, Open dataset). Wide screens show them
 * inline and hide the toggle; phones fold them behind one small button, so
 * the header stays one row. A click outside, Escape (which gives focus back
 * to its button) or starting to edit closes the menu.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { open, setOpen, root, panelId, toggleProps } = useDisclosure();
  // Edit replaces the details with the editor: a phone's menu left open would cover it.
  const editing = useAppStore((state) => state.editor !== null);
  // The button names what the menu holds: island names only where the naming switch is shown.
  const namingOffered = useAppStore(selectOffersNamingChoice);
  useEffect(() => {
    if (editing) setOpen(false);
  }, [editing, setOpen]);

  return (
    <div className="header-menu" ref={root} data-open={open}>
      <button
        {...toggleProps}
        className="header-menu-toggle icon-button"
        aria-label={t(namingOffered ? "app.menu" : "app.menuNoNames")}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <circle cx="5" cy="12" r="2" />
          <circle cx="12" cy="12" r="2" />
          <circle cx="19" cy="12" r="2" />
        </svg>
      </button>
      <div id={panelId} className="header-tools">
        {children}
      </div>
    </div>
  );
}
