import { useId } from "react";
import type { Dataset } from "../data/schema";
import { useAppStore } from "../store/appStore";
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

function fileName(dataset: Dataset, extension: string): string {
  const base = dataset.meta.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "dataset"}.${extension}`;
}

/** Made here and saved by the browser: no request leaves the page. */
function save(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download": the dataset on show as JSON, CSV or GeoJSON. */
export function DownloadMenu() {
  const dataset = useAppStore((state) => state.index?.dataset ?? null);
  const { open, setOpen, root, toggle } = useDisclosure();
  const id = useId();
  if (!dataset) return null;
  return (
    <div className="download-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        Download
      </button>
      {open && (
        <ul id={id} className="download-choices" aria-label="Download the dataset as">
          {CHOICES.map((choice) => (
            <li key={choice.extension}>
              <button
                type="button"
                onClick={async () => {
                  setOpen(false);
                  const text = await choice.write(dataset);
                  save(text, fileName(dataset, choice.extension), choice.type);
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
