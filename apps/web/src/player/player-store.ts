/** Whether the animatic player is open, full screen, and which card it is showing. UI state only. */
import { create } from 'zustand'

export interface PlayerState {
  open: boolean
  fullscreen: boolean
  /** The scene card being played (read by the canvas to highlight and follow it). */
  playingCardId: string | null
  openPlayer(): void
  closePlayer(): void
  toggleFullscreen(): void
  setFullscreen(value: boolean): void
  setPlayingCard(id: string | null): void
}

export const usePlayerStore = create<PlayerState>((set) => ({
  open: false,
  fullscreen: false,
  playingCardId: null,
  openPlayer: () => set({ open: true }),
  closePlayer: () => set({ open: false, fullscreen: false, playingCardId: null }),
  toggleFullscreen: () => set((state) => ({ fullscreen: !state.fullscreen })),
  setFullscreen: (value) => set({ fullscreen: value }),
  setPlayingCard: (id) => set({ playingCardId: id }),
}))
