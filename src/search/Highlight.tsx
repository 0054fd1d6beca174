import type { Range } from "./normalize";

/** Text with its matches in `<mark>`. */
export function Highlight({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start > last) parts.push(<span key={`t${last}`}>{text.slice(last, start)}</span>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    last = end;
  }
  if (last < text.length) parts.push(<span key={`t${last}`}>{text.slice(last)}</span>);
  return <>{parts}</>;
}
