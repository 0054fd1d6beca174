import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { isComposing } from "./globalKeys";

export interface DisclosureOptions {
  /**
   * An element beside the disclosure that is used with its panel open (the search box beside the
   * filters: a reader sets a filter, then searches within it). A click or focus there leaves the
   * panel open; Escape there that the element leaves alone closes it, and focus stays there.
   */
  companion?: RefObject<HTMLElement | null>;
}

/**
 * A button that opens a panel: a click or tap outside closes it, and so does
 * focus moving out of it (Tab past its last item), and Escape, which gives
 * focus back to the button. Put `root` on the element
 * holding both, spread `toggleProps` on the button and give the panel the id
 * `panelId`. A `<details>` is one too: `root` on it, `toggle` on its summary, its `open` from here.
 */
export function useDisclosure<
  Root extends HTMLElement = HTMLDivElement,
  Toggle extends HTMLElement = HTMLButtonElement,
>({ companion }: DisclosureOptions = {}) {
  const [open, setOpen] = useState(false);
  const root = useRef<Root>(null);
  const toggle = useRef<Toggle>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const inRoot = (node: unknown) => node instanceof Node && root.current?.contains(node) === true;
    const within = (node: unknown) =>
      inRoot(node) || (node instanceof Node && companion?.current?.contains(node) === true);
    // A modal dialog the panel opened (Open dataset…, Embed), in it or portalled out of it: the panel
    // stays open behind it, for focus to come back to, and Escape there is the dialog's. Closed
    // under it, Open dataset's dialog stayed open and modal, hidden: the page lay inert.
    const inDialog = (node: unknown) => {
      const dialog = node instanceof Element ? node.closest("dialog[open]") : null;
      return dialog !== null && !dialog.contains(root.current);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !within(event.target) && !inDialog(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || isComposing(event)) return;
      const focused = document.activeElement;
      if (!within(focused) || inDialog(focused)) return;
      event.preventDefault();
      setOpen(false);
      // Focus in the panel would fall to the page as it hides; in the companion it stays.
      if (inRoot(focused)) toggle.current?.focus();
    };
    // Left open behind the focus, a menu overlapped the next one, and Escape went to the page.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !within(next) && !inDialog(next)) setOpen(false);
    };
    const elements = [root.current, companion?.current].filter((element) => element != null);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    for (const element of elements) element.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
      for (const element of elements) element.removeEventListener("focusout", onFocusOut);
    };
  }, [open, companion]);

  /** Closes the panel from one of its items: focus goes back to the button, as on Escape (in the panel, it fell to the page). */
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const toggleProps = {
    ref: toggle,
    type: "button",
    "aria-expanded": open,
    "aria-controls": panelId,
    onClick: () => setOpen((value) => !value),
  } as const;
  return { open, setOpen, close, root, toggle, panelId, toggleProps };
}

export type Disclosure = ReturnType<typeof useDisclosure<HTMLDivElement, HTMLButtonElement>>;
