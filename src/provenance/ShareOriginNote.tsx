import { useOrigin } from "./useOrigin";

/**
 * Said next to a Share or Embed control, before anything is copied, when the
 * dataset is not this site's own: whose data the link shows. Renders nothing
 * for the shipped dataset. `id` lets the control point at it (aria-describedby).
 */
export function ShareOriginNote({ id }: { id?: string }) {
  const words = useOrigin();
  if (!words) return null;
  return (
    <p
      id={id}
      className={`share-origin${words.foreign ? " is-foreign" : ""}`}
      data-testid="share-origin"
    >
      {words.share}
    </p>
  );
}
