import { useAppStore } from "../store/appStore";

export function CloseButton({ label }: { label: string }) {
  const clearSelection = useAppStore((state) => state.clearSelection);
  return (
    <button type="button" className="close-button" aria-label={label} onClick={clearSelection}>
      ×
    </button>
  );
}
