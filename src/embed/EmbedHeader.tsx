import { useTranslation } from "react-i18next";
import { metaTexts } from "../i18n/datasetText";
import { useLanguage } from "../i18n/useLanguage";
import { ProvenanceBanner } from "../provenance/ProvenanceBanner";
import { useAppStore } from "../store/appStore";
import { SkipToTimeline } from "../ui/SkipToTimeline";
import { searchOf } from "../url/urlState";

/**
 * The embed's slim header: the dataset's title and "Open full view", a new
 * tab on the full app at the same view (the embed's state without `embed=1`),
 * and, for a dataset that is not this site's own, where it comes from.
 */
export function EmbedHeader() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const meta = useAppStore((state) => state.index?.dataset.meta ?? null);
  const title = meta ? metaTexts(meta, lang).title : null;
  // A first load that failed says so, as the app's header does: it said "Loading dataset…" on.
  const failed = useAppStore((state) => state.status === "error" && state.index === null);
  const search = useAppStore((state) => searchOf({ ...state, embed: false }));
  const href = new URL(`${import.meta.env.BASE_URL}${search}`, location.origin).href;
  return (
    <header className="app-header embed-header">
      <SkipToTimeline />
      <h1 className="app-title embed-title">
        {title ? (
          <span lang={title.lang === lang ? undefined : title.lang}>{title.text}</span>
        ) : (
          t(failed ? "app.noDatasetOpen" : "app.loadingDataset")
        )}
      </h1>
      <a className="embed-open" href={href} target="_blank" rel="noopener">
        {t("embed.openFull")}
        <span className="visually-hidden">{t("embed.newTab")}</span>
      </a>
      <ProvenanceBanner brief />
    </header>
  );
}
