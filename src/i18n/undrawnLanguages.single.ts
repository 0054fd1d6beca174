/**
 * A one-file copy's languages that would show as boxes here: those whose faces it does not carry
 * (copyLanguages.ts) and the system's fonts do not have, found once as the copy opens by drawing
 * a few of their characters on a canvas (the system's fonts are there at once; none is fetched).
 */
import { readOfflineCopy } from "../offline/embeddedCopy";
import { drawsEvery, savedLanguage, undrawnLanguages } from "./copyLanguages";
import type { Language } from "./languages";

function systemDraws(text: string): boolean {
  const canvas = document.createElement("canvas");
  canvas.width = 40;
  canvas.height = 40;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  // No canvas to ask: say nothing rather than mark languages that may well be drawn.
  if (!context) return true;
  context.font = "32px sans-serif";
  context.textBaseline = "top";
  return drawsEvery(text, (character) => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.fillText(character, 2, 2);
    return context.getImageData(0, 0, canvas.width, canvas.height).data.join(",");
  });
}

export const UNDRAWN_LANGUAGES: readonly Language[] = undrawnLanguages(
  savedLanguage(readOfflineCopy()?.view ?? ""),
  systemDraws,
);
