import { useTranslation } from "react-i18next";

/**
 * "Skip to timeline", the first Tab's stop: focus moves to the timeline's region. By hand, not by
 * the link's own navigation, which wrote `#timeline` into the address (every later link copied
 * from it carried it) and a history step that Back went through with nothing changing.
 */
export function SkipToTimeline() {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is a link to its target (the fragment's own navigation is what is replaced).
    <a
      className="skip-link"
      href="#timeline"
      onClick={(event) => {
        const timeline = document.getElementById("timeline");
        if (!timeline) return;
        event.preventDefault();
        timeline.focus();
        timeline.scrollIntoView({ block: "nearest" });
      }}
    >
      {t("app.skipToTimeline")}
    </a>
  );
}
