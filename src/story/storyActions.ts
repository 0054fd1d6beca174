/**
 * What the story controls do to the store. A step is a selection: selecting
 * the event is what frames its places on the map, scrolls the timeline to it
 * and shows its quote in the details.
 */
import "../ui/panelMessages";
import { currentLanguage, t } from "../i18n/i18n";
import { LOCALE_TAGS } from "../i18n/languages";
import type { AppStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import type { StoryOrder } from "../store/storySlice";
import { selectionSentence } from "../ui/announceSelection";
import {
  eventAtStep,
  selectStepFrom,
  selectStorySequence,
  selectStoryStep,
  storySequence,
  storyStep,
} from "./storyOrder";

/** "Article order", "Time order", in the interface's language. */
export function orderLabel(order: StoryOrder): string {
  return order === "article" ? t("story.articleOrder") : t("story.timeOrder");
}

/** Replaces the selection's sentence in the live region with the same sentence, numbered. */
function announceStep(store: AppStore, step: number, total: number): void {
  const sentence = selectionSentence(store);
  store
    .getState()
    .announce(t("story.announceStep", { step: step + 1, total, sentence: sentence ?? "" }).trim());
}

/** Goes to a step; `followStory` says it. */
function goTo(store: AppStore, step: number): void {
  const state = store.getState();
  const id = eventAtStep(state.index, selectStorySequence(state), step);
  if (id !== null) state.selectEvent(id);
}

/** The last step each story was on: a step cleared (Escape) goes on from there. */
const lastSteps = new WeakMap<AppStore, string>();

/**
 * Turn story mode on in an order. The selected event stays if the story
 * visits it (a shared link opens the story there); otherwise the first step
 * is selected, in the same store update, so the URL gets one history entry.
 */
export function startStory(store: AppStore, order: StoryOrder = "article"): void {
  const state = store.getState();
  const sequence = storySequence(state.index, order, selectFilterMask(state));
  const step = storyStep(state.index, sequence, state.selectedEventId);
  if (step !== -1 || sequence.length === 0) {
    store.setState({ story: order });
    state.announce(
      sequence.length === 0
        ? t("story.noEvents")
        : t("story.started", {
            order: orderLabel(order).toLocaleLowerCase(LOCALE_TAGS[currentLanguage()]),
            step: step + 1,
            total: sequence.length,
          }),
    );
    return;
  }
  store.setState({
    story: order,
    selectedEventId: eventAtStep(state.index, sequence, 0),
    selectedPlaceId: null,
  });
  announceStep(store, 0, sequence.length);
}

/** Switch between article and time order, staying on the same event. */
export function setStoryOrder(store: AppStore, order: StoryOrder): void {
  const state = store.getState();
  if (state.story === null) return;
  state.setStory(order);
  const after = store.getState();
  const step = selectStoryStep(after);
  const total = selectStorySequence(after).length;
  after.announce(
    step >= 0
      ? t("story.orderStep", { order: orderLabel(order), step: step + 1, total })
      : t("story.orderSteps", { order: orderLabel(order), total }),
  );
}

/** Go one step on or back; false when there is no such step. */
export function stepStory(store: AppStore, direction: 1 | -1): boolean {
  const state = store.getState();
  // Nothing selected (Escape cleared the step): on from the step the reader was on, not from the
  // first (review 29 F4: step 13's Next went to step 1).
  const last = state.selectedPlaceId
    ? null
    : (state.selectedEventId ?? lastSteps.get(store) ?? null);
  const next = selectStepFrom({ ...state, selectedEventId: last }, direction);
  if (next === null || next < 0) return false;
  goTo(store, next);
  return true;
}

/**
 * Play or pause. Playing from outside the story, or from its last step,
 * starts it over from the first step.
 */
export function togglePlay(store: AppStore): void {
  const state = store.getState();
  if (state.playing) {
    state.setPlaying(false);
    state.announce(t("story.paused"));
    return;
  }
  if (state.story === null) startStory(store, "article");
  const after = store.getState();
  const sequence = selectStorySequence(after);
  if (sequence.length === 0) return;
  const step = selectStoryStep(after);
  // From an event the filters hide, on from its place (`stepFrom`); from the end, over again.
  if (step === sequence.length - 1) goTo(store, 0);
  else if (step === -1) goTo(store, selectStepFrom(after, 1) ?? 0);
  store.getState().setPlaying(true);
}

/** One autoplay tick: the next step, or a stop at the end. */
export function playTick(store: AppStore): void {
  const state = store.getState();
  if (!state.playing || state.story === null) return;
  if (!stepStory(store, 1)) {
    state.setPlaying(false);
    state.announce(t("story.end"));
  }
}

/**
 * While story mode is on: says each step the story comes to, numbered, however it came (its
 * controls, j and k, the details' Previous and Next, Back and Forward: only its controls said the
 * number, review 29 F5), and remembers it for a step cleared (`stepStory`). Pauses playback when
 * the reader leaves the story: selects a place, clears the selection, or selects an event the
 * story does not visit (another event of the story is fine: the story goes on from there).
 * Returns the unsubscribe function.
 */
export function followStory(store: AppStore): () => void {
  // A link that opens the story on a step (`?story=article&event=…`) said nothing (review 29 F5):
  // its step is said once the story is in, here or when its data comes, unless something was said
  // since the page opened (where another site's data comes from, said as it comes, goes first).
  const opening = (): boolean => {
    const state = store.getState();
    const step = selectStoryStep(state);
    if (state.announcement.seq > 0 || step < 0) return false;
    announceStep(store, step, selectStorySequence(state).length);
    return true;
  };
  opening();
  return store.subscribe(
    (state) => [state.selectedEventId, state.selectedPlaceId, selectStorySequence(state)] as const,
    (now, before) => {
      const state = store.getState();
      const step = selectStoryStep(state);
      if (step >= 0 && state.selectedEventId) {
        lastSteps.set(store, state.selectedEventId);
        if (now[0] !== before[0]) announceStep(store, step, selectStorySequence(state).length);
        else if (before[2].length === 0) opening();
      }
      if (!state.playing) return;
      if (state.selectedPlaceId !== null || step === -1) {
        state.setPlaying(false);
        state.announce(t("story.paused"));
      }
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
}
