import { ProvenanceBanner } from "../provenance/ProvenanceBanner";
import { useAppStore } from "../store/appStore";
import { searchOf } from "../url/urlState";
import "./embed.css";

/**
 * The embed's slim header: the dataset's title and "Open full view", a new
 * tab on the full app at the same view (the embed's state without `embed=1`),
 * and, for a dataset that is not this site's own, where it comes from.
 */
export function EmbedHeader() {
  const title = useAppStore((state) => state.index?.dataset.meta.title ?? null);
  const search = useAppStore((state) => searchOf({ ...state, embed: false }));
  const href = new URL(`${import.meta.env.BASE_URL}${search}`, location.origin).href;
  return (
    <header className="app-header embed-header">
      <a className="skip-link" href="#timeline">
        Skip to timeline
      </a>
      <h1 className="app-title embed-title">{title ?? "Loading dataset…"}</h1>
      <a className="embed-open" href={href} target="_blank" rel="noopener">
        Open full view<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <ProvenanceBanner brief />
    </header>
  );
}
