import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import "./imports.css";
import { fileSource } from "../import/pastedRows";
import { appStore, useAppStore } from "../store/appStore";
import { useAppActions } from "./AppActions";
import { useCloseHeaderMenu } from "./HeaderMenu";
import { onDemand } from "./partFailed";
import { useOnDemand } from "./useOnDemand";

const ACCEPTED_FILES =
  ".json,.geojson,.csv,.tsv,.txt,application/json,application/geo+json,text/csv,text/tab-separated-values,text/plain";

// The dialog (its format list and template) loads when first opened, not with the app; a
// failure is said in a notice, and the next press tries again.
const loadDialog = onDemand(
  "dialog",
  () => import("./OpenDatasetDialog"),
  (m) => m.OpenDatasetDialog,
);

/**
 * "Open dataset…": a dialog that says what the explorer reads, with a file
 * picker, a box for rows pasted from a spreadsheet, the CSV template and the
 * format's documentation (`OpenDatasetDialog.tsx`). A file dropped anywhere
 * on the page opens too.
 * The format is found from the content, so the file's name is not checked.
 */
export function OpenDataset() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // A dialog whose code arrives after a file was opened stays shut (`closeDialog` below).
  const [Dialog, openDialog, closeDialog] = useOnDemand(loadDialog, "open-dialog");
  const [dragging, setDragging] = useState(false);
  const { openSource } = useAppActions();
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  const closeMenu = useCloseHeaderMenu();

  const openFile = (file: File | undefined) => {
    if (!file) return;
    // Closed, not unmounted, so that focus goes back to the button; it unmounts on its close event
    // (or never shows, when its code arrives after the file).
    dialog.current?.close();
    closeDialog();
    closeMenu();
    // The header's banner says which file is on show once it is; a notice here would outlive it.
    dismissNotice("open-file");
    openSource(fileSource(file), file);
  };

  // The listeners live as long as the component; they reach the latest openFile through a ref.
  const openFileRef = useRef(openFile);
  openFileRef.current = openFile;
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes("Files");
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      openFileRef.current(files[0]);
      if (files.length > 1)
        import("./moreFilesDropped").then(({ moreFilesDropped }) =>
          appStore.getState().notify({
            id: "open-file",
            ...moreFilesDropped(
              files[0]?.name ?? "",
              files.slice(1).map((file) => file.name),
            ),
          }),
        );
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" className="open-dataset" aria-haspopup="dialog" onClick={openDialog}>
        {t("open.button")}
      </button>
      <input
        ref={input}
        type="file"
        name="dataset-file"
        accept={ACCEPTED_FILES}
        // Hidden, not visually hidden: screen readers listed it as a "Dataset file" button that Tab
        // never reaches (review 36 R13); Choose file and the drop zone open it by `click()`.
        hidden
        aria-label={t("open.fileInput")}
        data-testid="dataset-file-input"
        onChange={(event) => {
          openFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
      {Dialog && (
        <Dialog
          dialog={dialog}
          chooseFile={() => input.current?.click()}
          openFile={openFile}
          onClose={closeDialog}
        />
      )}
      {/* On the body: in the header's folded menu (phones) it was hidden with the menu. */}
      {dragging &&
        createPortal(
          <div className="drop-overlay" aria-hidden="true">
            <p className="drop-overlay-words">{t("open.drop")}</p>
          </div>,
          document.body,
        )}
    </>
  );
}
