import { EditButton } from "../editor/EditButton";
import { EmbedButton } from "../embed/EmbedButton";
import { DownloadMenu } from "../export/DownloadMenu";
import { SaveMenu } from "../offline/SaveMenu";
import { ProvenanceBanner } from "../provenance/ProvenanceBanner";
import { ShareOriginNote } from "../provenance/ShareOriginNote";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import { FirstLoadFailed } from "./FirstLoadFailed";
import { HeaderMenu } from "./HeaderMenu";
import { NamingSwitch } from "./NamingSwitch";
import { OpenDataset } from "./OpenDataset";

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
}

export function Header() {
  const title = useAppStore((state) => state.index?.dataset.meta.title ?? null);
  const total = useAppStore(selectTotalCount);
  const shown = useAppStore(selectShownCount);
  const loading = useAppStore((state) => state.status === "loading");
  const failed = useAppStore((state) => state.status === "error" && state.index === null);
  const undated = useAppStore((state) => state.index?.dataset.undated?.length ?? 0);
  return (
    <header className="app-header">
      <a className="skip-link" href="#timeline">
        Skip to timeline
      </a>
      <h1 className="app-title">
        {title ?? (failed ? "No dataset open" : "Loading dataset…")}
        {title && (
          <span className="app-count" data-testid="event-count">
            {" — "}
            {shown === total
              ? plural(total, "event")
              : `${shown.toLocaleString("en")} of ${plural(total, "event")}`}
            {undated > 0 && `, ${undated.toLocaleString("en")} undated`}
          </span>
        )}
        {loading && title && <span className="app-loading"> (loading another dataset…)</span>}
      </h1>
      {failed && <FirstLoadFailed />}
      <HeaderMenu>
        <NamingSwitch />
        <OpenDataset />
        <EditButton />
        <DownloadMenu />
        <SaveMenu />
        <EmbedButton>
          <ShareOriginNote />
        </EmbedButton>
      </HeaderMenu>
      <ProvenanceBanner />
    </header>
  );
}
