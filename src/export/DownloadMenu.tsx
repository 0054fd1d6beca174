import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import { useAlignInView } from "../ui/useAlignInView";
import { useDisclosure } from "../ui/useDisclosure";

// The choices and the code that saves are loaded on the menu's first hover, focus or press.
const choices = lazyPart(
  "download",
  () => import("./DownloadChoices"),
  (module) => module.DownloadChoices,
);

/** "Download": the dataset on show as JSON, CSV or GeoJSON. */
export function DownloadMenu() {
  const { t } = useTranslation();
  const ready = useAppStore((state) => state.index !== null);
  const { open, close, root, panelId, toggleProps } = useDisclosure();
  const Choices = useLazyPart(choices, open);
  const list = useRef<HTMLUListElement>(null);
  useAlignInView(list, open);
  if (!ready) return null;
  return (
    <div className="download-menu" ref={root}>
      <button {...toggleProps} onPointerEnter={choices.preload} onFocus={choices.preload}>
        {t("download.button")}
      </button>
      {open && (
        <ul id={panelId} ref={list} className="download-choices" aria-label={t("download.as")}>
          {Choices ? (
            <Choices close={close} />
          ) : (
            <li>
              <span role="status">{t("app.loading")}</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
