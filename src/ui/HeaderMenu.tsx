import type { ReactNode } from "react";
import { useDisclosure } from "./useDisclosure";

/**
 * The header's tools (naming switch, Open dataset). Wide screens show them
 * inline and hide the toggle; phones fold them behind one small button, so
 * the header stays one row. A click outside or Escape closes the menu, and
 * Escape gives focus back to its button.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { open, root, panelId, toggleProps } = useDisclosure();

  return (
    <div className="header-menu" ref={root} data-open={open}>
      <button
        {...toggleProps}
        className="header-menu-toggle icon-button"
        aria-label="Island names and dataset"
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
