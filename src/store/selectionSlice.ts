import type { SliceCreator } from "./types";

export interface SelectionSlice {
  /** An event and a place are never selected together: the details show one of them. */
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  hoveredEventId: string | null;
  hoveredPlaceId: string | null;
  selectEvent: (id: string | null) => void;
  selectPlace: (id: string | null) => void;
  hoverEvent: (id: string | null) => void;
  hoverPlace: (id: string | null) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedEventId: null,
  selectedPlaceId: null,
  hoveredEventId: null,
  hoveredPlaceId: null,
  selectEvent: (id) => set({ selectedEventId: id, selectedPlaceId: null }),
  selectPlace: (id) => set({ selectedPlaceId: id, selectedEventId: null }),
  hoverEvent: (id) => set({ hoveredEventId: id }),
  hoverPlace: (id) => set({ hoveredPlaceId: id }),
  clearSelection: () => set({ selectedEventId: null, selectedPlaceId: null }),
});
