import type { Dataset } from "../data/schema";
import { useAppStore } from "../store/appStore";
import { fileNameOf, saveText } from "../ui/download";
import { useDisclosure } from "../ui/useDisclosure";

// Loaded on use: the writers (and Papa Parse) stay out of the first download.
const CHOICES = [
  {
    label: "JSON (this app's format)",
    extension: "json",
    type: "application/json",
    write: async (dataset: Dataset) => (await import("./toJson")).toJson(dataset),
  },
  {
    label: "CSV (spreadsheet)",
    extension: "csv",
    type: "text/csv",
    write: async (dataset: Dataset) => (await import("./toCsv")).toCsv(dataset),
  },
  {
    label: "GeoJSON (places and their events)",
    extension: "geojson",
    type: "application/geo+json",
    write: async (dataset: Dataset) => (await import("./toGeoJson")).toGeoJson(dataset),
  },
] as const;

/** "Download": the dataset on show as JSON, CSV or GeoJSON. */
export function DownloadMenu() {
  const dataset = useAppStore((state) => state.index?.dataset ?? null);
  const { open, setOpen, root, panelId, toggleProps } = useDisclosure();
  if (!dataset) return null;
  return (
    <div className="download-menu" ref={root}>
      <button {...toggleProps}>Download</button>
      {open && (
        <ul id={panelId} className="download-choices" aria-label="Download the dataset as">
          {CHOICES.map((choice) => (
            <li key={choice.extension}>
              <button
                type="button"
                onClick={async () => {
                  setOpen(false);
                  const text = await choice.write(dataset);
                  saveText(text, fileNameOf(dataset.meta.title, choice.extension), choice.type);
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
