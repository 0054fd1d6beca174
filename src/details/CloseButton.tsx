import { useAppStore } from "../store/appStore";
import { focusDetailsSoon } from "./focusDetails";

/** Clears the selection; on a phone the sheet folds away too, and focus goes to what is left. */
export function CloseButton({ label }: { label: string }) {
  const clearSelection = useAppStore((state) => state.clearSelection);
  const setSheetOpen = useAppStore((state) => state.setSheetOpen);
  return (
    <button
      type="button"
      className="close-button"
      aria-label={label}
      onClick={() => {
        clearSelection();
        setSheetOpen(false);
        focusDetailsSoon();
      }}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
