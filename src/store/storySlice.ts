import type { SliceCreator } from "./types";

/** Story mode steps through events in the article's order or in time order. */
export const STORY_ORDERS = ["article", "time"] as const;
export type StoryOrder = (typeof STORY_ORDERS)[number];

export interface StorySlice {
  story: StoryOrder | null;
  playing: boolean;
  /** Seconds per step while playing. */
  storySpeed: number;
  setStory: (story: StoryOrder | null) => void;
  setPlaying: (playing: boolean) => void;
  setStorySpeed: (seconds: number) => void;
}

export const createStorySlice: SliceCreator<StorySlice> = (set) => ({
  story: null,
  playing: false,
  storySpeed: 4,
  setStory: (story) => set(story === null ? { story, playing: false } : { story }),
  setPlaying: (playing) => set({ playing }),
  setStorySpeed: (storySpeed) => set({ storySpeed: Math.min(30, Math.max(1, storySpeed)) }),
});
