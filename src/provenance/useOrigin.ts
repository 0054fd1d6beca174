import { useLanguage } from "../i18n/useLanguage";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { useAppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { describedSource, describeOrigin, draftUnsaved, type OriginWords } from "./origin";

const NONE: DatasetSource = { kind: "default" };

/**
 * The words for the dataset on screen (null for the shipped one). `source`
 * describes the dataset shown, never one still loading or one that failed,
 * so the banner always agrees with the header.
 */
export function useOrigin(): OriginWords | null {
  const source = useAppStore((state) => (state.index ? state.source : NONE));
  const unsaved = useAppStore(draftUnsaved);
  // The words are messages: a new language re-renders the components that show them, and so do
  // English's later ones coming (Share's sentence, the banner's detail: `originMore`).
  useLanguage();
  useLaterMessages(source.kind !== "default");
  return describeOrigin(describedSource(source, unsaved), location.origin);
}
