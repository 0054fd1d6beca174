import { useEffect, useId, useRef, useState } from "react";

/**
 * A button that opens a panel: a click or tap outside closes it, and so does
 * Escape, which gives focus back to the button. Put `root` on the element
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
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
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
