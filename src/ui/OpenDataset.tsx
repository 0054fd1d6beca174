import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import "./imports.css";
import { useAppStore } from "../store/appStore";
import { useAppActions } from "./AppActions";
import { ACCEPTED_FILES, FORMAT_LIST, FORMATS_DOC_URL, templateCsvUrl } from "./openFormats";

/**
 * "Open dataset…": a dialog that says what the explorer reads, with a file
 * picker, a box for rows pasted from a spreadsheet, the CSV template and the
 * format's documentation. A file dropped anywhere on the page opens too.
 * The format is found from the content, so the file's name is not checked.
 */
export function OpenDataset() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const { openSource } = useAppActions();
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  const titleId = useId();
  const pasteId = useId();

  const openFile = (file: File | undefined) => {
    if (!file) return;
    dialog.current?.close();
    // The header's banner says which file is on show once it is; a notice here would outlive it.
    dismissNotice("open-file");
    openSource({ kind: "file", name: file.name }, file);
  };

  const openPasted = () => {
    if (pasted.trim() === "") return;
    // Pasted rows travel as a file: one path for reading, progress and history.
    openFile(new File([pasted], t("open.pastedName"), { type: "text/plain" }));
    setPasted("");
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
      <button
        type="button"
        className="open-dataset"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t("open.button")}
      </button>
      <input
        ref={input}
        type="file"
        name="dataset-file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("open.fileInput")}
        data-testid="dataset-file-input"
        onChange={(event) => {
          openFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
      <dialog ref={dialog} className="open-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{t("open.title")}</h2>
        <p>{t("open.intro", { data: "?data=" })}</p>
        <ul className="open-formats">
          {FORMAT_LIST.map((format) => (
            <li key={format}>
              <strong>{t(`open.format.${format}.name`)}</strong> {t(`open.format.${format}.detail`)}
            </li>
          ))}
        </ul>
        <p>
          <button type="button" onClick={() => input.current?.click()}>
            {t("open.chooseFile")}
          </button>{" "}
          {t("open.orDrop")}
        </p>
        <label htmlFor={pasteId}>{t("open.pasteLabel")}</label>
        <textarea
          id={pasteId}
          className="open-paste"
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          placeholder={t("open.pastePlaceholder")}
        />
        <p>
          <button type="button" disabled={pasted.trim() === ""} onClick={openPasted}>
            {t("open.openPasted")}
          </button>
        </p>
        <p className="open-links">
          <a href={templateCsvUrl()} download="events-template.csv">
            {t("open.template")}
          </a>
          {" · "}
          <a href={FORMATS_DOC_URL} target="_blank" rel="noopener noreferrer">
            {t("open.formatsDoc")}
          </a>
        </p>
        <form method="dialog">
          <button type="submit">{t("open.close")}</button>
        </form>
      </dialog>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t("open.drop")}
        </div>
      )}
    </>
  );
}
