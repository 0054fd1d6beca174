// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  EDITOR_REDO_ID,
  EDITOR_TITLE_ID,
  EDITOR_UNDO_ID,
  focusAfterDeleteSoon,
  focusAfterStepSoon,
} from "./editorFocus";

/** Animation frames wait here until the test runs them (as after React's render). */
let frames: FrameRequestCallback[];

function runFrames() {
  for (const frame of frames.splice(0)) frame(0);
}

/** The editor's head and its list of events, the one at `current` chosen; focus on the page. */
function renderEditor({ undo, redo, current }: { undo: boolean; redo: boolean; current: boolean }) {
  document.body.innerHTML = `
    <h2 id="${EDITOR_TITLE_ID}" tabindex="-1">Editing a draft</h2>
    <button id="${EDITOR_UNDO_ID}" ${undo ? "" : "disabled"}>Undo</button>
    <button id="${EDITOR_REDO_ID}" ${redo ? "" : "disabled"}>Redo</button>
    <ul class="editor-list">
      <li><button>Summit</button></li>
      <li><button id="current" ${current ? 'aria-current="true"' : ""}>Talks</button></li>
    </ul>`;
  (document.activeElement as HTMLElement | null)?.blur();
}

const focused = () => document.activeElement?.id || document.activeElement?.tagName;

beforeEach(() => {
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => frames.push(frame));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("focus after an undo or a redo", () => {
  it("stays with the button pressed while it can be pressed again", () => {
    renderEditor({ undo: true, redo: true, current: true });
    focusAfterStepSoon("undo");
    runFrames();
    expect(focused()).toBe(EDITOR_UNDO_ID);
    renderEditor({ undo: true, redo: true, current: true });
    focusAfterStepSoon("redo");
    runFrames();
    expect(focused()).toBe(EDITOR_REDO_ID);
  });

  it("goes to the event the step brought back once the button is spent", () => {
    renderEditor({ undo: false, redo: true, current: true });
    focusAfterStepSoon("undo");
    runFrames();
    expect(focused()).toBe("current");
  });

  it("goes to the other button when the step took the event away", () => {
    renderEditor({ undo: false, redo: true, current: false });
    focusAfterStepSoon("undo");
    runFrames();
    expect(focused()).toBe(EDITOR_REDO_ID);
  });

  it("ends on the editor's heading when neither button can be pressed", () => {
    renderEditor({ undo: false, redo: false, current: false });
    focusAfterStepSoon("redo");
    runFrames();
    expect(focused()).toBe(EDITOR_TITLE_ID);
  });
});

describe("focus after Delete", () => {
  it("goes to Undo, which brings the deleted back", () => {
    renderEditor({ undo: true, redo: false, current: false });
    focusAfterDeleteSoon();
    runFrames();
    expect(focused()).toBe(EDITOR_UNDO_ID);
  });
});
