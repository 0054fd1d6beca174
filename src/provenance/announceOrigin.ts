import type { AppStore } from "../store/appStore";
import { describeOrigin } from "./origin";

/** Once per dataset opened, screen readers hear where it comes from (the banner itself stays quiet). */
export function announceOrigin(store: AppStore, pageOrigin: string = location.origin): () => void {
  return store.subscribe(
    (state) => state.index,
    (index) => {
      if (!index) return;
      const { source, announce } = store.getState();
      const words = describeOrigin(source, pageOrigin);
      if (words) announce(`Opened “${index.dataset.meta.title}”. ${words.banner}.`);
    },
  );
}
