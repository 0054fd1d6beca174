import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import { useAlignInView } from "../ui/useAlignInView";
import { useDisclosure } from "../ui/useDisclosure";

// The items and what they run are loaded on the menu's first hover, focus or press, not with the page.
const savePanel = lazyPart(
  "save",
  () => import("./SaveMenuPanel"),
  (module) => module.SaveMenuPanel,
);

/** "Save": keep the story beyond this page (an offline copy, a print, a picture). */
export function SaveMenu() {
  const { t } = useTranslation();
  const { open, close, root, panelId, toggleProps } = useDisclosure();
  // Nothing to keep while no dataset is open.
  const ready = useAppStore((state) => state.index !== null);
  const Panel = useLazyPart(savePanel, open);
  const panel = useRef<HTMLDivElement>(null);
  useAlignInView(panel, open);
  return (
    <div className="save-menu" ref={root}>
      <button
        {...toggleProps}
        className="save-menu-toggle"
        disabled={!ready}
        onPointerEnter={savePanel.preload}
        onFocus={savePanel.preload}
      >
        {t("save.button")}
      </button>
      <div id={panelId} ref={panel} className="save-menu-panel" hidden={!open}>
        {open && (Panel ? <Panel close={close} /> : <p role="status">{t("app.loading")}</p>)}
      </div>
    </div>
  );
}
