/**
 * Call `found` once, and stop watching, as soon as `shows` says yes of `root` now, of a node added
 * or changed under it, or `typed` of a field's value as it is typed or set. Returns a function that stops
 * sooner. Both font checks watch so (Japanese here, Chinese that JP lacks in `beyondJapanese.ts`).
 */
export function watchShownText(
  root: HTMLElement,
  shows: (node: Node) => boolean,
  typed: (value: string) => boolean,
  found: () => void,
): () => void {
  const stop = () => {
    observer.disconnect();
    root.removeEventListener("input", onInput, true);
  };
  const seen = () => {
    stop();
    found();
  };
  // A value the page puts in a field is no text node: a field added with it, or a value attribute
  // React keeps in step with it (review 35: the editor's 択捉島 drew as boxes, never typed).
  const holds = (node: Node) =>
    node instanceof Element &&
    [node, ...node.querySelectorAll("input, textarea")].some((field) =>
      typed((field as HTMLInputElement).value ?? ""),
    );
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type !== "childList") {
        if (shows(record.target) || holds(record.target)) return seen();
        continue;
      }
      for (const node of record.addedNodes) {
        if (shows(node) || holds(node)) return seen();
      }
    }
  });
  const onInput = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      if (typed(target.value)) seen();
    }
  };
  if (shows(root) || holds(root)) {
    found();
    return () => {};
  }
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ["value"],
  });
  root.addEventListener("input", onInput, true);
  return stop;
}
