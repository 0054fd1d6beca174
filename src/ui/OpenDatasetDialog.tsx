import "./panelMessages";
import { type RefObject, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { pastedRowsFile } from "../import/pastedRows";
import { appStore } from "../store/appStore";
import { whenState } from "../store/whenState";
import "./openDialog.css";
import { FORMAT_LIST, FORMATS_DOC_URL, templateCsvUrl } from "./openFormats";

/**
 * The paste box's text while the dialog is shut (it unmounts as it opens a file): rows that failed
 * to open are there to mend when it opens again, not gone, to be copied from the spreadsheet anew
 * (review 32 F4). Emptied once pasted rows have opened.
 */
let keptPaste = "";

/**
 * The dialog behind "Open dataset…": what the explorer reads, the file
 * picker, a box for rows pasted from a spreadsheet, the CSV template and the
 * formats' documentation. Loaded when first opened (`OpenDataset.tsx`); it
 * opens as it mounts and asks to be unmounted when it closes.
 */
export function OpenDatasetDialog({
  dialog,
  chooseFile,
  openFile,
  onClose,
}: {
  /** The parent closes it when a file is opened by its picker or by a drop. */
  dialog: RefObject<HTMLDialogElement | null>;
  chooseFile: () => void;
  openFile: (file: File) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState(keptPaste);
  const titleId = useId();
  const pasteId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, [dialog]);

  const openPasted = () => {
    if (pasted.trim() === "") return;
    openFile(pastedRowsFile(pasted, t("open.pastedName")));
    whenState(
      appStore,
      (state) => state.status !== "loading",
      (state) => {
        if (state.status === "ready" && state.source.kind === "file" && state.source.pasted) {
          keptPaste = "";
        }
      },
    );
  };

  return (
    <dialog ref={dialog} className="open-dialog" aria-labelledby={titleId} onClose={onClose}>
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
        <button type="button" onClick={chooseFile}>
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
        onChange={(event) => {
          keptPaste = event.currentTarget.value;
          setPasted(keptPaste);
        }}
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
  );
}
