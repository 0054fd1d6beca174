/**
 * The basemap's reference labels (countries and seas, `REFERENCE_LABELS` in
 * scripts/build-basemap.ts, which carries their English names) as each
 * interface language writes them, so a Russian, Japanese or Chinese page
 * does not show "Sea of Japan" and "N. KOREA" beside its own place names.
 * Country names are upper case where the script has case, as in English.
 */
import type { ExpressionSpecification } from "maplibre-gl";
import type { Language } from "../i18n/languages";

type Translated = Record<Exclude<Language, "en">, string>;

export const REFERENCE_LABEL_NAMES: Readonly<Record<string, Translated>> = {
  JAPAN: { ja: "日本", ru: "ЯПОНИЯ", zh: "日本" },
  RUSSIA: { ja: "ロシア", ru: "РОССИЯ", zh: "俄罗斯" },
  BELARUS: { ja: "ベラルーシ", ru: "БЕЛАРУСЬ", zh: "白俄罗斯" },
  UKRAINE: { ja: "ウクライナ", ru: "УКРАИНА", zh: "乌克兰" },
  CHINA: { ja: "中国", ru: "КИТАЙ", zh: "中国" },
  MONGOLIA: { ja: "モンゴル", ru: "МОНГОЛИЯ", zh: "蒙古" },
  "N. KOREA": { ja: "北朝鮮", ru: "КНДР", zh: "朝鲜" },
  "S. KOREA": { ja: "韓国", ru: "РЕСП. КОРЕЯ", zh: "韩国" },
  "UNITED STATES": { ja: "アメリカ合衆国", ru: "США", zh: "美国" },
  "UNITED KINGDOM": { ja: "イギリス", ru: "ВЕЛИКОБРИТАНИЯ", zh: "英国" },
  VIETNAM: { ja: "ベトナム", ru: "ВЬЕТНАМ", zh: "越南" },
  "Sea of Okhotsk": { ja: "オホーツク海", ru: "Охотское море", zh: "鄂霍次克海" },
  "Sea of Japan": { ja: "日本海", ru: "Японское море", zh: "日本海" },
  "Pacific Ocean": { ja: "太平洋", ru: "Тихий океан", zh: "太平洋" },
};

/** The reference labels' `text-field` in `lang`: the English name where no other is known. */
export function referenceLabelField(lang: Language): ExpressionSpecification {
  if (lang === "en") return ["get", "name"];
  const pairs = Object.entries(REFERENCE_LABEL_NAMES).flatMap(([name, names]) => [
    name,
    names[lang],
  ]);
  // The typings spell out `match` with one pair at least; the table always has some.
  return [
    "match",
    ["get", "name"],
    ...pairs,
    ["get", "name"],
  ] as unknown as ExpressionSpecification;
}
