/** The map's credit as its attribution control shows it, for the picture's footer. */
export function mapAttribution(): string {
  const text = document.querySelector(".maplibregl-ctrl-attrib-inner")?.textContent?.trim();
  return text && text.length > 0 ? text : "Natural Earth";
}
