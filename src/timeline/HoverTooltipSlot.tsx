import type { ComponentProps } from "react";
import { useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import type { HoverTooltip } from "./HoverTooltip";

// A tooltip is wanted only once an event is hovered or focused: its code comes then (a touch
// screen's reader never hovers).
const part = lazyPart(
  "tooltip",
  () => import("./HoverTooltip"),
  (module) => module.HoverTooltip,
);

/** The hovered event's tooltip (`HoverTooltip`), once its code has come. */
export function HoverTooltipSlot(props: ComponentProps<typeof HoverTooltip>) {
  const wanted = useAppStore((state) => state.hoveredEventId !== null);
  const Tooltip = useLazyPart(part, wanted);
  return Tooltip ? <Tooltip {...props} /> : null;
}
