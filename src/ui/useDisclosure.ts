import { useEffect, useId, useRef, useState } from "react";

/**
 * A button that opens a panel: a click or tap outside closes it, and so does
 * focus moving out of it (Tab past its last item), and Escape, which gives
 * focus back to the button. Put `root` on the element
 * holding both, spread `toggleProps` on the button and give the panel the id
 * `panelId`.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (!root.current?.contains(document.activeElement)) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    // Left open behind the focus, a menu overlapped the next one, and Escape went to the page.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !root.current?.contains(next)) setOpen(false);
    };
    const element = root.current;
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    element?.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
      element?.removeEventListener("focusout", onFocusOut);
    };
  }, [open]);

  const toggleProps = {
    ref: toggle,
    type: "button",
    "aria-expanded": open,
    "aria-controls": panelId,
    onClick: () => setOpen((value) => !value),
  } as const;
  return { open, setOpen, root, toggle, panelId, toggleProps };
}
