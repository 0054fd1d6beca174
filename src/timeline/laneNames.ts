import type { DatasetMeta } from "../data/schema";
import { labelIn } from "../i18n/datasetText";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import type { Lane } from "./lanes";

/**
 * Lanes named as `lang` reads them: the dataset's labels in that language
 * ("ロシア" for Russia), and "Other" in the interface's words. The timeline
 * and the downloaded picture name them so.
 */
export function lanesIn(lanes: readonly Lane[], meta: DatasetMeta, lang: Language): Lane[] {
  const other = i18n.getFixedT(lang)("timeline.other");
  return lanes.map((lane) => ({
    ...lane,
    label: lane.id === "" ? other : labelIn(meta, lang, lane.id),
  }));
}
