import "../ui/panelMessages";
import { t } from "../i18n/i18n";

/**
 * What an embed's map says to a swipe or a wheel it leaves to the host page (MapLibre's cooperative
 * gestures), in the reader's language: loaded with the embed's other messages, only in an embed.
 */
export function gestureWords(): Record<string, string> {
  return {
    "CooperativeGesturesHandler.WindowsHelpText": t("embed.zoomWithCtrl"),
    "CooperativeGesturesHandler.MacHelpText": t("embed.zoomWithCmd"),
    "CooperativeGesturesHandler.MobileHelpText": t("embed.moveWithTwoFingers"),
  };
}
