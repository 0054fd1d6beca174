import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { t } from "../i18n/i18n";
import { type AppStore, appStore, useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "../ui/lazyPart";
import { notifyFailed } from "../ui/partFailed";
import "./story.css";
import { ToolbarIcon } from "../ui/ToolbarIcon";

// The controls, their actions and the autoplay timer come on the toggle's first hover, focus or
// press (or with a link that opens a story), not with the page.
const controls = lazyPart(
  "story",
  () => import("./StoryControls"),
  (module) => module.StoryControls,
);

/** Turn story mode on in article order, once its code is here. */
function startWhenReady(store: AppStore): void {
  controls
    .load()
    .then(() => controls.module()?.startStory(store, "article"), notifyFailed("story"));
}

/** Turn story mode off; the selection stays. */
export function stopStory(store: AppStore): void {
  store.getState().setStory(null);
  store.getState().announce(t("story.off"));
}

/**
 * Story mode: a toggle, and while it is on, its controls (`StoryControls`). The current step's
 * quote is in the details panel.
 */
export function StoryBar() {
  const story = useAppStore((state) => state.story);
  const on = story !== null;
  // Nothing to step through: no dataset (a refused first link), or one of undated items only.
  const steps = useAppStore((state) => (state.index?.events.length ?? 0) > 0);
  const Controls = useLazyPart(controls, on);
  const { t } = useTranslation();

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const loaded = controls.module();
    if (!on || !loaded) return;
    // Not a key the focused control keeps (a radio's arrows, a button's Space): storyKey says.
    const action = loaded.storyKey(event);
    if (!action) return;
    event.preventDefault();
    loaded.runStoryKey(appStore, action);
  };

  return (
    <section
      className={`story-bar${on ? " is-on" : ""}`}
      aria-label={t("story.region")}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="story-toggle"
        aria-pressed={on}
        disabled={!steps && !on}
        onClick={() => (on ? stopStory(appStore) : startWhenReady(appStore))}
        onPointerEnter={controls.preload}
        onFocus={controls.preload}
      >
        <ToolbarIcon path="M4 5.5C6.5 4.5 9.5 4.5 12 6v13c-2.5-1.5-5.5-1.5-8-.5zM20 5.5c-2.5-1-5.5-1-8 .5v13c2.5-1.5 5.5-1.5 8-.5z" />
        {/* Phones show only the icon; the words stay the button's name. */}
        <span className="toolbar-label">{t("story.mode")}</span>
      </button>
      {story !== null && Controls && <Controls order={story} />}
    </section>
  );
}
