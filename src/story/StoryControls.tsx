import "../ui/panelMessages";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { appStore, useAppStore } from "../store/appStore";
import { STORY_ORDERS, type StoryOrder } from "../store/storySlice";
import { orderLabel, setStoryOrder, stepStory, togglePlay } from "./storyActions";
import { selectStepFrom, selectStorySequence, selectStoryStep } from "./storyOrder";
import { useStoryPageKeys, useStoryPlayer } from "./useStoryPlayer";
import "./storyControls.css";

export { startStory } from "./storyActions";
export { runStoryKey, storyKey } from "./useStoryPlayer";

const SPEEDS = [1, 2, 4, 8, 15];

/**
 * Story mode's controls while it is on (a chunk of its own: most readers never start a story):
 * the order, previous / play / next, the speed and the progress. Mounted while the story is on,
 * they also run the autoplay timer and the page's Space and arrows.
 */
export function StoryControls({ order }: { order: StoryOrder }) {
  useStoryPlayer();
  useStoryPageKeys();
  const name = useId();
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.storySpeed);
  const setStorySpeed = useAppStore((state) => state.setStorySpeed);
  const total = useAppStore((state) => selectStorySequence(state).length);
  const step = useAppStore(selectStoryStep);
  const back = useAppStore((state) => selectStepFrom(state, -1));
  const on = useAppStore((state) => selectStepFrom(state, 1));
  const undated = useAppStore((state) => state.index?.dataset.undated?.length ?? 0);
  const speeds = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  const { t } = useTranslation();
  const progress =
    step >= 0 ? t("story.stepOf", { step: step + 1, total }) : t("story.steps", { count: total });

  return (
    <>
      <fieldset className="story-order">
        <legend className="visually-hidden">{t("story.order")}</legend>
        {STORY_ORDERS.map((value) => (
          <label key={value} className="segmented" title={orderLabel(value)}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={order === value}
              onChange={() => setStoryOrder(appStore, value)}
              aria-label={orderLabel(value)}
            />
            <span aria-hidden="true">{t(`story.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="story-steps">
        <button
          type="button"
          className="story-button"
          // aria-disabled, not disabled: a button that disables itself under focus would drop focus to the page.
          onClick={() => back !== null && stepStory(appStore, -1)}
          aria-disabled={back === null}
          aria-label={t("story.previousStep")}
          aria-keyshortcuts="ArrowLeft"
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="story-button story-play"
          onClick={() => togglePlay(appStore)}
          disabled={total === 0}
          aria-label={playing ? t("story.pause") : t("story.play")}
          aria-keyshortcuts="Space"
        >
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
          <span className="story-play-text" aria-hidden="true">
            {playing ? t("story.pause") : t("story.play")}
          </span>
        </button>
        <button
          type="button"
          className="story-button"
          onClick={() => on !== null && stepStory(appStore, 1)}
          aria-disabled={on === null}
          aria-label={step < 0 && on === 0 ? t("story.firstStep") : t("story.nextStep")}
          aria-keyshortcuts="ArrowRight"
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <label className="story-speed">
        <span className="visually-hidden">{t("story.secondsPerStep")}</span>
        <select
          value={speed}
          onChange={(event) => setStorySpeed(Number(event.target.value))}
          title={t("story.secondsPerStep")}
        >
          {speeds.map((seconds) => (
            <option key={seconds} value={seconds}>
              {t("story.seconds", { count: seconds })}
            </option>
          ))}
        </select>
      </label>
      <div className="story-progress">
        <span className="story-progress-text" data-testid="story-progress">
          {progress}
        </span>
        <progress
          max={Math.max(1, total)}
          value={step >= 0 ? step + 1 : 0}
          aria-label={t("story.progress")}
          aria-valuetext={progress}
        />
        {undated > 0 && (
          <span className="story-undated" data-testid="story-undated">
            {" "}
            {t("story.undatedAfter", { count: undated })}
          </span>
        )}
      </div>
    </>
  );
}
