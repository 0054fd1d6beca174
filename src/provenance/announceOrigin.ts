import { metaTexts } from "../i18n/datasetText";
import { currentLanguage, t } from "../i18n/i18n";
import type { AppStore } from "../store/appStore";
import { describeOrigin } from "./origin";

/**
 * Once per dataset opened, screen readers hear where it comes from (the
 * banner itself stays quiet). A draft re-indexes at every edit: it is
 * announced when editing starts, not at each keystroke.
 */
export function announceOrigin(store: AppStore, pageOrigin: string = location.origin): () => void {
  let previousKind: string | null = null;
  return store.subscribe(
    (state) => state.index,
    (index) => {
      if (!index) return;
      const { source, announce } = store.getState();
      const again = source.kind === "draft" && previousKind === "draft";
      previousKind = source.kind;
      const words = describeOrigin(source, pageOrigin);
      if (!words || again) return;
      const title = metaTexts(index.dataset.meta, currentLanguage()).title.text;
      announce(t("origin.announce", { title, banner: words.banner }));
    },
  );
}
