/**
 * Call `found` once, and stop watching, as soon as `shows` says yes of `root` now, of a node added
 * or changed under it, or `typed` of a field's value as it is typed. Returns a function that stops
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
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "characterData") {
        if (shows(record.target)) return seen();
        continue;
      }
      for (const node of record.addedNodes) {
        if (shows(node)) return seen();
      }
    }
  });
  const onInput = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      if (typed(target.value)) seen();
    }
  };
  if (shows(root)) {
    found();
    return () => {};
  }
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  root.addEventListener("input", onInput, true);
  return stop;
}
