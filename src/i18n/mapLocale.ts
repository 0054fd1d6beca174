import { t } from "./i18n";

/** MapLibre's own interface strings (its canvas's name, the attribution button) in the reader's language. */
export function mapLocale(): Record<string, string> {
  return {
    "Map.Title": t("map.interactive"),
    "AttributionControl.ToggleAttribution": t("map.toggleAttribution"),
  };
}
