import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { useAppActions } from "./AppActions";

function isJsonFile(file: File): boolean {
  return (
    file.type === "application/json" ||
    file.name.toLowerCase().endsWith(".json") ||
    file.type === ""
  );
}

/** "Open dataset…": a local JSON file from the picker or dropped anywhere on the page. */
export function OpenDataset() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { openSource } = useAppActions();
  const notify = useAppStore((state) => state.notify);
  const dismissNotice = useAppStore((state) => state.dismissNotice);

  const openFile = (file: File | undefined) => {
    if (!file) return;
    if (!isJsonFile(file)) {
      notify({ id: "open-file", kind: "error", text: t("open.notJson", { name: file.name }) });
      return;
    }
    // The header's banner says which file is on show once it is; a notice here would outlive it.
    dismissNotice("open-file");
    openSource({ kind: "file", name: file.name }, file);
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
      openFileRef.current(event.dataTransfer?.files[0]);
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
      <button type="button" className="open-dataset" onClick={() => input.current?.click()}>
        {t("open.button")}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("open.fileInput")}
        data-testid="dataset-file-input"
        onChange={(event) => {
          openFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t("open.drop")}
        </div>
      )}
    </>
  );
}
