import { useTranslation } from "react-i18next";
import { EditButton } from "../editor/EditButton";
import { metaTexts } from "../i18n/datasetText";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useLanguage } from "../i18n/useLanguage";
import { ProvenanceBanner } from "../provenance/ProvenanceBanner";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import { HeaderMenu } from "./HeaderMenu";
import { NamingSwitch } from "./NamingSwitch";
import { OpenDataset } from "./OpenDataset";

export function Header() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const meta = useAppStore((state) => state.index?.dataset.meta ?? null);
  const total = useAppStore(selectTotalCount);
  const shown = useAppStore(selectShownCount);
  const loading = useAppStore((state) => state.status === "loading");
  const failed = useAppStore((state) => state.status === "error");
  const title = meta ? metaTexts(meta, lang).title : null;
  return (
    <header className="app-header">
      <a className="skip-link" href="#timeline">
        {t("app.skipToTimeline")}
      </a>
      <h1 className="app-title">
        {title ? (
          <span lang={title.lang === lang ? undefined : title.lang}>{title.text}</span>
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
          </span>
        )}
        {loading && title && <span className="app-loading">{t("app.loadingAnother")}</span>}
      </h1>
      <HeaderMenu>
        <NamingSwitch />
        <LanguageSwitch />
        <OpenDataset />
        <EditButton />
      </HeaderMenu>
      <ProvenanceBanner />
    </header>
  );
}
