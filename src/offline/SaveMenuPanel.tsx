import "../ui/panelMessages";
import type { TFunction } from "i18next";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import { shownMap } from "../map/shownMap";
import { appStore } from "../store/appStore";
import { saveBlob } from "../ui/download";
import { onDemand } from "../ui/partFailed";
import { CAN_SAVE_OFFLINE_COPY } from "./canSaveCopy";
import { useCopyAvailability } from "./copyAvailability";
import { formatSize } from "./formatSize";
import { mapAttribution } from "./mapSnapshot";
import type { PreparedFile } from "./offlineCopy";
import { printWhenReady } from "./PrintSlot";
import { SaveError } from "./saveError";

// What the menu's items run loads when one is first chosen, not with the page.
const loadOfflineCopy = onDemand("offlineCopy", () => import("./offlineCopy"));
const loadPicture = onDemand("picture", () => import("./picture"));

type CopyState =
  | { kind: "idle" }
  | { kind: "preparing" }
  | { kind: "ready"; file: PreparedFile; url: string }
  | { kind: "failed"; reason: string };

type PictureState = { kind: "idle" } | { kind: "drawing" } | { kind: "failed"; reason: string };

/** The reason, in the page's language where it is ours, without a closing full stop: the sentences below add their own. */
function reasonOf(error: unknown, t: TFunction): string {
  if (error instanceof SaveError) return t(`save.reason.${error.reason}`, error.values);
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
}

/**
 * The Save menu's items (a chunk of its own, loaded on the menu's first hover, focus or press):
 * an offline copy (one HTML file with the app, the dataset on show and the view, its size shown
 * before it is saved), a print of every event, and a picture of the current view. Mounted while
 * the menu is open: closing it lets a prepared copy go.
 */
export function SaveMenuPanel({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<CopyState>({ kind: "idle" });
  const [picture, setPicture] = useState<PictureState>({ kind: "idle" });
  const copyLink = useRef<HTMLAnchorElement>(null);
  // Said before the click: a copy needs its template, which only the site (or a copy made here
  // before) has. The button stays in the menu's keyboard order, its reason read with it.
  const needsNetwork =
    useCopyAvailability(CAN_SAVE_OFFLINE_COPY) === "needsNetwork" && copy.kind !== "ready";
  const needsNetworkId = useId();

  // The button that asked for the copy is gone: its link takes the focus.
  useEffect(() => {
    if (copy.kind === "ready") copyLink.current?.focus();
  }, [copy.kind]);

  // A prepared copy shows what was on screen when it was made: closing the menu lets it go.
  const readyUrl = copy.kind === "ready" ? copy.url : null;
  useEffect(() => (readyUrl ? () => URL.revokeObjectURL(readyUrl) : undefined), [readyUrl]);
  // A copy that comes after the menu closed is dropped, not kept in an address nothing revokes.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const prepareCopy = () => {
    setCopy({ kind: "preparing" });
    loadOfflineCopy()
      // The copy carries the dataset in every language, not only those fetched so far.
      .then(async ({ prepareOfflineCopy }) => {
        await completeShippedDataset(appStore);
        return prepareOfflineCopy(appStore.getState());
      })
      .then(
        (file) => {
          if (mounted.current)
            setCopy({ kind: "ready", file, url: URL.createObjectURL(file.blob) });
        },
        (error: unknown) => setCopy({ kind: "failed", reason: reasonOf(error, t) }),
      );
  };

  // The button stays focusable while it draws (aria-disabled): disabled under the focus, it dropped
  // the focus to the page. A screen reader hears it start and end: its new name alone is not read.
  const savePicture = async () => {
    if (picture.kind === "drawing") return;
    const { announce } = appStore.getState();
    setPicture({ kind: "drawing" });
    announce(t("save.drawingImage"));
    try {
      const { canvasToPng, makePicture, pictureFileName } = await loadPicture();
      const state = appStore.getState();
      const colours = document.querySelector(".timeline") ?? document.documentElement;
      const canvas = await makePicture(state, shownMap(), mapAttribution(), colours);
      const name = pictureFileName(state);
      saveBlob(await canvasToPng(canvas), name);
      setPicture({ kind: "idle" });
      announce(t("save.imageSaved", { name }));
    } catch (error) {
      setPicture({ kind: "failed", reason: reasonOf(error, t) });
    }
  };

  return (
    <>
      {CAN_SAVE_OFFLINE_COPY && (
        <div className="save-menu-item">
          {copy.kind === "ready" ? (
            <a ref={copyLink} href={copy.url} download={copy.file.fileName}>
              {t("save.downloadCopy", { size: formatSize(copy.file.blob.size) })}
            </a>
          ) : (
            <button
              type="button"
              onClick={needsNetwork ? undefined : prepareCopy}
              disabled={copy.kind === "preparing"}
              aria-disabled={needsNetwork || undefined}
              aria-describedby={needsNetwork ? needsNetworkId : undefined}
            >
              {copy.kind === "preparing" ? t("save.preparingCopy") : t("save.offlineCopy")}
            </button>
          )}
          {needsNetwork && (
            <p id={needsNetworkId} className="save-menu-hint">
              {t("save.copyNeedsNetwork")}
            </p>
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
          // The menu closes under the focus, which goes back to its button (useDisclosure's close).
          close();
          printWhenReady();
        }}
      >
        {t("save.print")}
      </button>
      <button
        type="button"
        onClick={() => void savePicture()}
        aria-disabled={picture.kind === "drawing" || undefined}
      >
        {picture.kind === "drawing" ? t("save.drawingImage") : t("save.image")}
      </button>
      {picture.kind === "failed" && (
        <p className="save-menu-hint" role="alert">
          {t("save.imageFailed", { reason: picture.reason })}
        </p>
      )}
    </>
  );
}
