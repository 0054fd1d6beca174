import type { UndatedItem } from "../data/schema";
import { lazyPart, useLazyPart } from "../ui/lazyPart";

// Only imported stories carry undated items: the list's code comes when one has them.
const list = lazyPart(
  "undated",
  () => import("./UndatedList"),
  (module) => module.UndatedList,
);

/**
 * A story's undated items (or those at the place `at`), once the list's code has come (nothing in
 * its place meanwhile).
 */
export function UndatedListSlot({ items, at }: { items: UndatedItem[]; at?: string }) {
  const List = useLazyPart(list, items.length > 0);
  return List && items.length > 0 ? <List items={items} at={at} /> : null;
}
