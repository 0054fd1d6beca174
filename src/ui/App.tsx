import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Details } from "../details/Details";
import { DETAILS_REGION_ID } from "../details/detailsRegion";
import { timelineTabStop } from "../details/focusDetails";
import { EditorPanelSlot } from "../editor/EditorPanelSlot";
import { Toolbar } from "../filters/Toolbar";
import { MapView } from "../map/MapView";
import { OfflineExtras } from "../offline/OfflineExtras";
import { useAppStore } from "../store/appStore";
import { Timeline } from "../timeline/Timeline";
import { useMediaQuery } from "../timeline/useMediaQuery";
import { ErrorBoundary } from "./ErrorBoundary";
import { Header } from "./Header";
import { LiveRegion } from "./LiveRegion";
import { LoadProgressSlot } from "./LoadProgressSlot";
import { PHONE_LAYOUT, shortDetailsQuery } from "./layoutQueries";
import { Notices } from "./Notices";
import { ProblemsSlot } from "./ProblemsSlot";

/** The embed's header, empty until its code comes (or if it cannot: the view still works). */
const BareEmbedHeader = () => <header className="app-header embed-header" />;
// Only an embed shows it, so its code comes in an embed alone: the first load had no room left.
const EmbedHeader = lazy(() =>
  import("../embed/EmbedHeader").then(
    (module) => ({ default: module.EmbedHeader }),
    () => ({ default: BareEmbedHeader }),
  ),
);

const ARROW_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);
/** The events' keys that, pressed on the region, also do there what they do on an event. */
const HANDED_KEYS = new Set(["Home", "End"]);

export function App() {
  const { t } = useTranslation();
  const hasData = useAppStore((state) => state.index !== null);
  const status = useAppStore((state) => state.status);
  const editing = useAppStore((state) => state.editor !== null);
  const embed = useAppStore((state) => state.embed);
  const phone = useMediaQuery(PHONE_LAYOUT);
  const story = useAppStore((state) => state.story !== null);
  // A short panel's event head is compact (styles.css, `[data-short]`).
  const short = useMediaQuery(shortDetailsQuery(embed, story));
  const sheetOpen = useAppStore(
    (state) =>
      state.sheetOpen ||
      state.editor !== null ||
      state.selectedEventId !== null ||
      state.selectedPlaceId !== null,
  );
  const map = (
    <section key="map" className="region region-map" aria-label={t("app.regionMap")}>
      <ErrorBoundary name={t("app.theMap")}>
        {!hasData && status === "error" ? (
          <RegionStatus status={status} />
        ) : (
          <MapView pending={!hasData} />
        )}
      </ErrorBoundary>
    </section>
  );
  const timeline = (
    <section
      key="timeline"
      className="region region-timeline"
      id="timeline"
      aria-label={t("app.regionTimeline")}
      tabIndex={-1}
      onKeyDown={(event) => {
        // Skipped to ("Skip to timeline"), the region itself has focus: the arrows go on to
        // the events, whose keys they are, instead of doing nothing six Tabs before them. Home
        // and End are handed on too (they scrolled the page, and End after Skip went to no event).
        const handed = HANDED_KEYS.has(event.key);
        if (event.target !== event.currentTarget || !(handed || ARROW_KEYS.has(event.key))) return;
        const mark = timelineTabStop();
        if (!mark) return;
        event.preventDefault();
        mark.focus();
        if (handed)
          mark.dispatchEvent(new KeyboardEvent("keydown", { key: event.key, bubbles: true }));
      }}
    >
      <ErrorBoundary name={t("app.theTimeline")}>
        {hasData ? <Timeline /> : <RegionStatus status={status} />}
      </ErrorBoundary>
    </section>
  );
  const details = (
    <aside
      key="details"
      id={DETAILS_REGION_ID}
      className="region region-details"
      aria-label={editing ? t("app.regionEditor") : t("app.regionDetails")}
      data-sheet={sheetOpen ? "open" : "closed"}
      data-short={short ? "" : undefined}
    >
      <ErrorBoundary name={t("app.theDetails")}>
        {!hasData ? (
          <RegionStatus status={status} />
        ) : editing ? (
          // The editor is code most readers never run: it loads when editing begins.
          <Suspense fallback={<RegionStatus status="loading" />}>
            <EditorPanelSlot />
          </Suspense>
        ) : (
          <Details />
        )}
      </ErrorBoundary>
    </aside>
  );
  return (
    <div className="app">
      {embed ? (
        <Suspense fallback={<BareEmbedHeader />}>
          <EmbedHeader />
        </Suspense>
      ) : (
        <Header />
      )}
      <Toolbar />
      <Notices />
      <LoadProgressSlot />
      <ProblemsSlot />
      {/* Named in an embed, so it stays distinct from the host page's own main landmark. */}
      <main className="app-main" aria-label={embed ? t("app.embedMain") : undefined}>
        {/* In the order they are seen, which is the order Tab and a screen reader go: on a phone
            the details' sheet lies between the map and the timeline, and came after the whole
            timeline (its events, lanes and controls) by Tab. */}
        {phone ? [map, details, timeline] : [map, timeline, details]}
      </main>
      <LiveRegion />
      <OfflineExtras />
    </div>
  );
}

function RegionStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  if (status === "error") return <p className="region-empty">{t("app.noDataset")}</p>;
  return (
    <p className="region-empty" aria-busy="true">
      {t("app.loading")}
    </p>
  );
}
