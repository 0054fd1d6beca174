import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import { shownMap } from "../map/shownMap";
import { appStore, useAppStore } from "../store/appStore";
import { saveBlob } from "../ui/download";
import { onDemand } from "../ui/partFailed";
import { useDisclosure } from "../ui/useDisclosure";
import { CAN_SAVE_OFFLINE_COPY } from "./canSaveCopy";
import { formatSize } from "./formatSize";
import { mapAttribution } from "./mapSnapshot";
import type { PreparedFile } from "./offlineCopy";

// What the menu's items run loads when one is first chosen, not with the page.
const loadOfflineCopy = onDemand("offlineCopy", () => import("./offlineCopy"));
const loadPicture = onDemand("picture", () => import("./picture"));

type CopyState =
  | { kind: "idle" }
  | { kind: "preparing" }
  | { kind: "ready"; file: PreparedFile; url: string }
  | { kind: "failed"; reason: string };

type PictureState = { kind: "idle" } | { kind: "drawing" } | { kind: "failed"; reason: string };

/** The reason, without a closing full stop: the sentences below add their own. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
}

/**
 * "Save": keep the story beyond this page. An offline copy (one HTML file
 * with the app, the dataset on show and the view, its size shown before it
 * is saved), a print of every event, and a picture of the current view.
 */
export function SaveMenu() {
  const { t } = useTranslation();
  const { open, setOpen, root, panelId, toggleProps } = useDisclosure();
  // Nothing to keep while no dataset is open.
  const ready = useAppStore((state) => state.index !== null);
  const [copy, setCopy] = useState<CopyState>({ kind: "idle" });
  const [picture, setPicture] = useState<PictureState>({ kind: "idle" });
  const copyLink = useRef<HTMLAnchorElement>(null);

  // The button that asked for the copy is gone: its link takes the focus.
  useEffect(() => {
    if (copy.kind === "ready") copyLink.current?.focus();
  }, [copy.kind]);

  // A prepared copy shows what was on screen when it was made: closing the menu lets it go.
  useEffect(() => {
    if (open) return;
    setCopy((old) => {
      if (old.kind === "ready") URL.revokeObjectURL(old.url);
      return { kind: "idle" };
    });
    setPicture({ kind: "idle" });
  }, [open]);

  const prepareCopy = () => {
    setCopy({ kind: "preparing" });
    loadOfflineCopy()
      // The copy carries the dataset in every language, not only those fetched so far.
      .then(async ({ prepareOfflineCopy }) => {
        await completeShippedDataset(appStore);
        return prepareOfflineCopy(appStore.getState());
      })
      .then(
        (file) => setCopy({ kind: "ready", file, url: URL.createObjectURL(file.blob) }),
        (error: unknown) => setCopy({ kind: "failed", reason: reasonOf(error) }),
      );
  };

  const savePicture = async () => {
    setPicture({ kind: "drawing" });
    try {
      const { canvasToPng, makePicture, pictureFileName } = await loadPicture();
      const state = appStore.getState();
      const colours = document.querySelector(".timeline") ?? document.documentElement;
      const canvas = await makePicture(state, shownMap(), mapAttribution(), colours);
      saveBlob(await canvasToPng(canvas), pictureFileName(state));
      setPicture({ kind: "idle" });
    } catch (error) {
      setPicture({ kind: "failed", reason: reasonOf(error) });
    }
  };

  return (
    <div className="save-menu" ref={root}>
      <button {...toggleProps} className="save-menu-toggle" disabled={!ready}>
        {t("save.button")}
      </button>
      <div id={panelId} className="save-menu-panel" hidden={!open}>
        {CAN_SAVE_OFFLINE_COPY && (
          <div className="save-menu-item">
            {copy.kind === "ready" ? (
              <a ref={copyLink} href={copy.url} download={copy.file.fileName}>
                {t("save.downloadCopy", { size: formatSize(copy.file.blob.size) })}
              </a>
            ) : (
              <button type="button" onClick={prepareCopy} disabled={copy.kind === "preparing"}>
                {copy.kind === "preparing" ? t("save.preparingCopy") : t("save.offlineCopy")}
              </button>
            )}
            <p className="save-menu-hint" role="status">
              {copy.kind === "ready" && t("save.copyReady", { name: copy.file.fileName })}
              {copy.kind === "failed" && t("save.copyFailed", { reason: copy.reason })}
            </p>
          </div>
        )}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            window.print();
          }}
        >
          {t("save.print")}
        </button>
        <button
          type="button"
          onClick={() => void savePicture()}
          disabled={picture.kind === "drawing"}
        >
          {picture.kind === "drawing" ? t("save.drawingImage") : t("save.image")}
        </button>
        {picture.kind === "failed" && (
          <p className="save-menu-hint" role="alert">
            {t("save.imageFailed", { reason: picture.reason })}
          </p>
        )}
      </div>
    </div>
  );
}
