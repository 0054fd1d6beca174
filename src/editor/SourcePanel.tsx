import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { splitParagraphs } from "../data/checkQuotes";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { unreadableIssue } from "../import/fileText";
import { useAppStore } from "../store/appStore";
import { setSourceText, updateEvent } from "./draft";
import { quoteFromSelection, quoteFromTextBox } from "./quoteCheck";
import "./editorMessages";
import { EDITOR_FIELD } from "./editorField";

/** The paragraph numbers (data-paragraph) of the elements a selection touches, inside `root`. */
function selectedParagraphs(root: HTMLElement, selection: Selection): number[] {
  const numbers: number[] = [];
  for (const element of root.querySelectorAll<HTMLElement>("[data-paragraph]")) {
    if (selection.containsNode(element, true)) numbers.push(Number(element.dataset.paragraph));
  }
  return numbers;
}

/**
 * The source text: pasted or opened from a file, shown numbered by paragraph
 * (as the quote check counts them). "Quote this" fills the selected event's
 * Quote and Paragraph from a selection: in the numbered paragraphs with a
 * mouse or a finger, or in the text box with Shift and the arrow keys.
 */
export function SourcePanel() {
  const sourceText = useAppStore((state) => state.editor?.history.present.sourceText ?? "");
  const eventIndex = useAppStore((state) => state.editor?.eventIndex ?? null);
  const eventTitle = useAppStore((state) =>
    eventIndex === null
      ? null
      : (state.editor?.history.present.events[eventIndex]?.fields.title ?? null),
  );
  const editChange = useAppStore((state) => state.editChange);
  const editSet = useAppStore((state) => state.editSet);
  const { t } = useTranslation();
  const lang = useLanguage();
  const [message, setMessage] = useState<string | null>(null);
  // The line of an opened file's first character that was not UTF-8 (Windows' "ANSI"): its
  // quotes with curly quotes, dashes or accents could never match, and nothing said why (review
  // 35 F8).
  const [unreadableLine, setUnreadableLine] = useState<number | null>(null);
  const [editingText, setEditingText] = useState(sourceText === "");
  const textRoot = useRef<HTMLDivElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Numbered as the quote check numbers them: paragraphs[0] is paragraph 1.
  const paragraphs = splitParagraphs(sourceText);

  const quoteThis = () => {
    const root = textRoot.current;
    const box = textBox.current;
    const selection = window.getSelection();
    if (eventIndex === null) return;
    let result: ReturnType<typeof quoteFromSelection>;
    if (box) result = quoteFromTextBox(box.value, box.selectionStart, box.selectionEnd);
    else if (root && selection)
      result = quoteFromSelection(selection.toString(), selectedParagraphs(root, selection));
    else return;
    if ("problem" in result) {
      setMessage(result.problem);
      return;
    }
    editChange(
      (draft) =>
        updateEvent(draft, eventIndex, { quote: result.text, paragraph: String(result.paragraph) }),
      null,
    );
    setMessage(t("editor.quoted", { paragraph: result.paragraph, title: eventTitle ?? "" }));
    editSet({ tab: "events" });
  };

  // After the text box, where a keyboard's Tab goes from its selection; above the numbered text.
  const quoteRow = (
    <>
      <div className="editor-actions">
        <button type="button" onClick={quoteThis} disabled={eventIndex === null}>
          {t("editor.quoteThis")}
        </button>
        <span className="editor-hint">
          {eventIndex === null
            ? t("editor.chooseEventFirst")
            : t("editor.selectSentence", { title: eventTitle ?? "" })}
        </span>
      </div>
      {message && (
        <p className="editor-hint" role="status">
          {message}
        </p>
      )}
    </>
  );

  return (
    <section className="editor-source" aria-label={t("editor.sourceRegion")}>
      <p className="editor-hint">{t("editor.sourceIntro")}</p>
      <div className="editor-actions">
        <button type="button" onClick={() => setEditingText((value) => !value)}>
          {editingText ? t("editor.showNumbered") : t("editor.pasteText")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("editor.openTextFile")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          // Out of the accessibility tree, as the dataset's picker is: the button opens it.
          hidden
          aria-label={t("editor.sourceFile")}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (!file) return;
            void file.text().then((text) => {
              editChange((draft) => setSourceText(draft, text), null);
              setEditingText(false);
              const line = unreadableIssue(text)?.params?.line;
              setUnreadableLine(typeof line === "number" ? line : null);
            });
          }}
        />
      </div>
      {unreadableLine !== null && (
        <p className="editor-warning" role="alert">
          {t("editor.sourceNotUtf8", { line: unreadableLine })}
        </p>
      )}
      {editingText ? (
        <>
          <label className={EDITOR_FIELD}>
            {t("editor.sourceText")}
            <textarea
              ref={textBox}
              dir="auto"
              rows={12}
              value={sourceText}
              onChange={(e) => {
                const text = e.currentTarget.value;
                editChange((draft) => setSourceText(draft, text), "source");
                setUnreadableLine(null);
              }}
            />
          </label>
          {sourceText !== "" && quoteRow}
        </>
      ) : (
        <>
          {quoteRow}
          <div ref={textRoot} className="editor-source-text" lang="en">
            {/* The source is the dataset's English; this line is the interface's. */}
            {paragraphs.length === 0 && (
              <p lang={LANG_ATTRIBUTES[lang]}>
                {t(sourceText.trim() === "" ? "editor.noSource" : "editor.onlyHeadline")}
              </p>
            )}
            {paragraphs.map((paragraph, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are numbered by position.
              <p key={i} data-paragraph={i + 1}>
                <span className="editor-paragraph-number" aria-hidden="true">
                  {i + 1}
                </span>{" "}
                {paragraph}
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
