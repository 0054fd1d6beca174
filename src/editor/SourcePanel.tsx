import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { splitParagraphs } from "../data/checkQuotes";
import { LANG_ATTRIBUTES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { setSourceText, updateEvent } from "./draft";
import { quoteFromSelection } from "./quoteCheck";
import "./editorMessages";

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
 * Quote and Paragraph from a selection.
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
  const [editingText, setEditingText] = useState(sourceText === "");
  const textRoot = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Numbered as the quote check numbers them: paragraphs[0] is paragraph 1.
  const paragraphs = splitParagraphs(sourceText);

  const quoteThis = () => {
    const selection = window.getSelection();
    const root = textRoot.current;
    if (!selection || !root || eventIndex === null) return;
    const result = quoteFromSelection(selection.toString(), selectedParagraphs(root, selection));
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
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t("editor.sourceFile")}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (!file) return;
            void file.text().then((text) => {
              editChange((draft) => setSourceText(draft, text), null);
              setEditingText(false);
            });
          }}
        />
      </div>
      {editingText ? (
        <label className="editor-field">
          {t("editor.sourceText")}
          <textarea
            rows={12}
            value={sourceText}
            onChange={(e) => {
              const text = e.currentTarget.value;
              editChange((draft) => setSourceText(draft, text), "source");
            }}
          />
        </label>
      ) : (
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
          <div ref={textRoot} className="editor-source-text" lang="en">
            {/* The source is the dataset's English; this line is the interface's. */}
            {paragraphs.length === 0 && <p lang={LANG_ATTRIBUTES[lang]}>{t("editor.noSource")}</p>}
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
