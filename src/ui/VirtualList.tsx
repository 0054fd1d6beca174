import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from "react";

/** What a list shows: an array, or a view of one in another order (the list of all events). */
export interface ListItems<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

interface Props<T> {
  items: ListItems<T>;
  /** Every row has this height in CSS pixels. */
  rowHeight: number;
  /** Visible height of the list when it cannot be measured (tests, first paint). */
  fallbackHeight?: number;
  renderItem: (item: T, index: number) => ReactNode;
  getKey: (item: T, index: number) => string;
  label: string;
  className?: string;
  /** Scroll so that this row is visible. */
  scrollToIndex?: number | null;
}

/**
 * A real list (`ul`/`li`) that renders only the rows in view, so 100,000
 * events cost the same as 30. Each row carries its position for screen readers.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  fallbackHeight = 480,
  renderItem,
  getKey,
  label,
  className,
  scrollToIndex,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || fallbackHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || scrollToIndex === null || scrollToIndex === undefined) return;
    const top = scrollToIndex * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 2);
    }
  }, [scrollToIndex, rowHeight]);

  const onScroll = useCallback(() => setScrollTop(scroller.current?.scrollTop ?? 0), []);

  const overscan = 8;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items.at(i) as T;
    rows.push(
      <li
        key={getKey(item, i)}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ position: "absolute", top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {renderItem(item, i)}
      </li>,
    );
  }

  return (
    <div ref={scroller} className={`virtual-list ${className ?? ""}`} onScroll={onScroll}>
      <ul
        aria-label={label}
        style={{ position: "relative", height: items.length * rowHeight, margin: 0 }}
      >
        {rows}
      </ul>
    </div>
  );
}
