import type { Media } from "../data/schema";
import { lazyPart, useLazyPart } from "../ui/lazyPart";

// Only imported stories carry media: the card's code, words and styles come when one is shown.
const card = lazyPart(
  "media",
  () => import("./MediaCard"),
  (module) => module.MediaCard,
);

/** An event's media card, once its code has come (nothing in its place meanwhile). */
export function MediaCardSlot({ media }: { media: Media }) {
  const Card = useLazyPart(card, true);
  return Card ? <Card media={media} /> : null;
}
