import { Fragment } from "react";
import { useTranslation } from "react-i18next";

/**
 * A dataset's words in a row (places, actors, a source's parts), joined as the page's language
 * lists them (、 in Japanese, ， in Chinese) and each isolated (`<bdi>`): a right-to-left name keeps
 * its neighbours in their order (`src/i18n/isolate.ts`).
 */
export function WordList({ words, lang }: { words: readonly string[]; lang?: string }) {
  const { t } = useTranslation();
  const separator = t("search.separator");
  return words.map((word, i) => (
    // The same word may come twice (two places of one name): its position is its key.
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered.
    <Fragment key={i}>
      {i > 0 && separator}
      <bdi lang={lang}>{word}</bdi>
    </Fragment>
  ));
}
