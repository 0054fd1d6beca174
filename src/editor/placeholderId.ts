/**
 * Whether an id is one Add event or Add place gave (`new-event`, `new-place-2`), not one the
 * author chose: named since, the item keeps it in every link (`?event=new-event-2`) unless it is
 * changed under Id, the form's last field, so the Title or Name says so (review 37 R7).
 */
export function isPlaceholderId(id: string, kind: "event" | "place"): boolean {
  return new RegExp(`^new-${kind}(-\\d+)?$`).test(id.trim());
}
