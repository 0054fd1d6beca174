import { type RefObject, useLayoutEffect, useReducer, useState } from "react";
import { rowWidth } from "../timeline/toolbarFold";
import { useMediaQuery } from "../timeline/useMediaQuery";
import { useRemeasureOnFonts } from "../timeline/useRemeasureOnFonts";
import { headerFolds } from "./headerFold";
import { COMPACT_HEADER, HEADER_MENU_LAYOUT } from "./layoutQueries";

const px = (value: string) => Number.parseFloat(value) || 0;

/** The tools' row as laid out inline: each tool in the flow, and a gap between each two. */
function measureRow(tools: HTMLElement): number {
  const widths: number[] = [];
  for (const tool of tools.children) {
    const { display, position } = getComputedStyle(tool);
    // Open dataset's hidden file input, and its dialog (closed, or in the top layer) take no room.
    if (display === "none" || position === "absolute" || position === "fixed") continue;
    widths.push(tool.getBoundingClientRect().width);
  }
  return rowWidth(widths, px(getComputedStyle(tools).columnGap), 0);
}

/** The header's width inside its padding: the room of the tools' row. */
function measureRoom(header: HTMLElement): number {
  const { paddingLeft, paddingRight } = getComputedStyle(header);
  return header.clientWidth - px(paddingLeft) - px(paddingRight);
}

/**
 * Whether the header's tools fold into its menu (headerFolds), from their inline row as measured
 * under `key` (the words and the media that size it) against the header's width. Folded, the row
 * is not measured again until the key changes or a font arrives, so folding cannot loop; each
 * unfolded render is measured before paint, so a row that does not fit is never seen; so is each
 * change of the tools' size (a tool's words changing after the menu rendered: Edit's "Opening…").
 */
export function useHeaderFold(
  menu: RefObject<HTMLElement | null>,
  tools: RefObject<HTMLElement | null>,
  words: string,
): boolean {
  const narrow = useMediaQuery(HEADER_MENU_LAYOUT);
  const key = `${useMediaQuery(COMPACT_HEADER)}|${words}`;
  const [room, setRoom] = useState(0);
  const [measured, setMeasured] = useState<{ key: string; row: number } | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const folded = headerFolds(narrow, room, measured?.key === key ? measured.row : null);
  useLayoutEffect(() => {
    if (folded || !tools.current) return;
    const row = measureRow(tools.current);
    setMeasured((old) => (old && old.key === key && old.row === row ? old : { key, row }));
  });
  useLayoutEffect(() => {
    const header = menu.current?.parentElement;
    if (!header) return;
    setRoom(measureRoom(header));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      setRoom(measureRoom(header));
      rerender();
    });
    observer.observe(header);
    if (tools.current) observer.observe(tools.current);
    return () => observer.disconnect();
  }, [menu, tools]);
  useRemeasureOnFonts(setMeasured);
  return folded;
}
