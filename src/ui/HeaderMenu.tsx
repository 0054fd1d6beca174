import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectOffersNamingChoice } from "../store/selectors";
import { useDisclosure } from "./useDisclosure";
import { useHeaderFold } from "./useHeaderFold";

/** Closes the phone's menu, its focus (if in it) going to its button, as Escape does. */
const CloseMenuContext = createContext<() => void>(() => {});

/**
 * For a tool in the menu whose work shows outside it: a dataset opened from Open dataset… was
 * covered by the menu left open on a phone, its error message with it.
 */
export function useCloseHeaderMenu(): () => void {
  return useContext(CloseMenuContext);
}

/**
 * The header's tools (naming switch, Open dataset…). Wide screens show them
 * inline and hide the toggle; up to 1000 px, and wherever their row would not
 * fit (useHeaderFold: Russian up to about 1260 px), they fold behind one small
 * button, so the header never takes a second row of tools. A click outside, Escape (which gives focus back
 * to its button), starting to edit or opening a dataset (useCloseHeaderMenu) closes the menu.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { open, setOpen, root, toggle, panelId, toggleProps } = useDisclosure();
  // Edit replaces the details with the editor: a phone's menu left open would cover it.
  const editing = useAppStore((state) => state.editor !== null);
  // The button names what the menu holds: island names only where the naming switch is shown.
  const namingOffered = useAppStore(selectOffersNamingChoice);
  const tools = useRef<HTMLDivElement>(null);
  // What sizes the tools' row: their words, and which tools there are.
  const folded = useHeaderFold(root, tools, [useLanguage(), namingOffered, editing].join("|"));
  useEffect(() => {
    if (editing) setOpen(false);
  }, [editing, setOpen]);
  const close = useMemo(
    () => () => {
      setOpen(false);
      // Where the toggle shows (a phone), focus in the menu would fall to the page as it hides.
      const focused = document.activeElement;
      const inMenu = focused === document.body || root.current?.contains(focused) === true;
      if (inMenu && toggle.current?.offsetParent) toggle.current.focus();
    },
    [setOpen, root, toggle],
  );

  return (
    <div className="header-menu" ref={root} data-open={open} data-folded={folded ? "" : undefined}>
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
      <div id={panelId} className="header-tools" ref={tools}>
        <CloseMenuContext.Provider value={close}>{children}</CloseMenuContext.Provider>
      </div>
    </div>
  );
}
