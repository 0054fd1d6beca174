/**
 * Whether index.html's own first view (src/ui/firstView.html: React's first render of the site's
 * default page in English, painted before any script) is what React will draw: only at an address
 * without a query (a link's language, embed or dataset may change it) for a reader whose browser
 * language resolves to English (`matchLanguage`). Otherwise the page keeps its one-line boot message.
 *
 * It runs inline in the page, before its first paint (scripts/firstViewPlugin.ts writes its source
 * there), so it names nothing outside itself; firstViewFits.test holds it to `matchLanguage`.
 */
export function firstViewFits(search: string, languages: readonly string[]): boolean {
  if (search !== "" && search !== "?") return false;
  for (const tag of languages) {
    const lower = String(tag).toLowerCase();
    const primary = lower.split("-")[0];
    if (primary === "zh" && /-(hant|tw|hk|mo)\b/.test(lower)) continue;
    if (primary === "en" || primary === "ja" || primary === "ru" || primary === "zh") {
      return primary === "en";
    }
  }
  return true;
}
