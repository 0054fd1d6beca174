import { useRef, useState } from "react";
import { splitParagraphs } from "../data/checkQuotes";
import { useAppStore } from "../store/appStore";
import { setSourceText, updateEvent } from "./draft";
import { quoteFromSelection } from "./quoteCheck";

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
    setMessage(`Quoted paragraph ${result.paragraph} in “${eventTitle}”.`);
    editSet({ tab: "events" });
  };

  return (
    <section className="editor-source" aria-label="The story's source">
      <p className="editor-hint">
        The text the story is built from. Quotes are checked against it as you type; the first block
        (headline and byline) is not numbered.
      </p>
      <div className="editor-actions">
        <button type="button" onClick={() => setEditingText((value) => !value)}>
          {editingText ? "Show numbered paragraphs" : "Paste or edit the text"}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open a text file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Source text file"
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
          Source text
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
              Quote this
            </button>
            <span className="editor-hint">
              {eventIndex === null
                ? "Choose an event first, then select a sentence."
                : `Select a sentence, then “Quote this” fills the quote of “${eventTitle}”.`}
            </span>
          </div>
          {message && (
            <p className="editor-hint" role="status">
              {message}
            </p>
          )}
          <div ref={textRoot} className="editor-source-text" lang="en">
            {paragraphs.length === 0 && <p>No source text yet.</p>}
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
