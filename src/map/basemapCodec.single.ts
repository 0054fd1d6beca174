/** In a one-file copy the basemap is embedded in the page (scripts/offlineTemplatePlugin.ts). */
import { BASEMAP_ELEMENT_ID } from "../offline/embeddedCopy";
import { type Basemap, decodeBasemap } from "./basemapCodec";

export * from "./basemapCodec";

let basemap: Promise<Basemap> | null = null;

export function loadBasemap(_url: string): Promise<Basemap> {
  basemap ??= new Promise((resolve) => {
    const text = document.getElementById(BASEMAP_ELEMENT_ID)?.textContent;
    if (!text) throw new Error("basemap: this copy has no embedded basemap");
    resolve(decodeBasemap(JSON.parse(text)));
  });
  return basemap;
}
