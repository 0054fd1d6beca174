import { useTranslation } from "react-i18next";
import { EditButton } from "../editor/EditButton";
import { EmbedButton } from "../embed/EmbedButton";
import { DownloadMenu } from "../export/DownloadMenu";
import { metaTexts } from "../i18n/datasetText";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useLanguage } from "../i18n/useLanguage";
import { SaveMenu } from "../offline/SaveMenu";
import { ProvenanceBanner } from "../provenance/ProvenanceBanner";
import { ShareOriginNote } from "../provenance/ShareOriginNote";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import { HeaderMenu } from "./HeaderMenu";
import { NamingSwitch } from "./NamingSwitch";
import { OpenDataset } from "./OpenDataset";
import { SkipToTimeline } from "./SkipToTimeline";

export function Header() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const meta = useAppStore((state) => state.index?.dataset.meta ?? null);
  const total = useAppStore(selectTotalCount);
  const shown = useAppStore(selectShownCount);
  const loading = useAppStore((state) => state.status === "loading");
  const failed = useAppStore((state) => state.status === "error" && state.index === null);
  const title = meta ? metaTexts(meta, lang).title : null;
  const undated = useAppStore((state) => state.index?.dataset.undated?.length ?? 0);
  return (
    <header className="app-header">
      <SkipToTimeline />
      <h1 className="app-title">
        {title ? (
          // Isolated: a right-to-left title (Arabic, Hebrew) pulled the count's words into it.
          <bdi lang={title.lang === lang ? undefined : title.lang}>{title.text}</bdi>
        ) : failed ? (
          t("app.noDatasetOpen")
        ) : (
          t("app.loadingDataset")
        )}
        {title && (
          <span className="app-count" data-testid="event-count">
            {" — "}
            {shown === total
              ? t("app.eventCount", { count: total })
              : t("app.shownOfTotal", { shown, total })}
            {undated > 0 && t("app.undated", { count: undated })}
          </span>
        )}
        {loading && title && <span className="app-loading">{t("app.loadingAnother")}</span>}
      </h1>
      <HeaderMenu>
        <NamingSwitch />
        <LanguageSwitch />
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
