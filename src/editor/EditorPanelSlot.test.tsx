// @vitest-environment jsdom
import { StrictMode, Suspense, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, expect, it, vi } from "vitest";

// The panel's chunk, stood in for: it arrives as soon as it is asked for, as a cached chunk does.
vi.mock("./EditorPanel", () => ({ EditorPanel: () => <p>The editor</p> }));
vi.mock("./editorFocus", () => ({ editorMounted: vi.fn() }));

const { EditorPanelSlot } = await import("./EditorPanelSlot");
const { editorMounted } = await import("./editorFocus");

afterEach(() => {
  document.body.replaceChildren();
});

it("mounts the panel whose code arrives while its first render waits, with nothing for React to recover from", async () => {
  // The real scheduler, not act's: React replays the waiting render once the code has come,
  // which is where the slot used to call a hook it had not called before (#467, then #520).
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  const recovered: unknown[] = [];
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container, {
    onRecoverableError: (error) => recovered.push((error as Error).cause ?? error),
  });
  startTransition(() =>
    root.render(
      <StrictMode>
        <Suspense fallback={<p>Loading</p>}>
          <EditorPanelSlot />
        </Suspense>
      </StrictMode>,
    ),
  );
  await vi.waitFor(() => expect(container.textContent).toBe("The editor"));
  expect(recovered.map(String)).toEqual([]);
  // Its heading is offered focus once the panel is laid out.
  expect(editorMounted).toHaveBeenCalled();
  root.unmount();
});
