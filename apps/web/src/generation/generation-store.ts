/**
 * UI-only state of generation on this page: requests on their way to the server, the last error
 * the API answered for each card, uploads in progress, and the remix being prepared. Takes
 * themselves are not here: they live in the board document (see sync/takes-model.ts).
 */
import { create } from 'zustand'

export interface CardUpload {
  fileName: string
  /** 1-based position in a batch of dropped files, and the batch size. */
  index: number
  count: number
  loaded: number
  total: number
}

export interface CardActivity {
  /** Generate requests sent and not yet answered. */
  starting: number
  /** The API's answer to the last failed request for this card (generate, retry, cancel...). */
  error: string | null
  upload: CardUpload | null
  uploadError: string | null
}

export interface RemixDraft {
  cardId: string
  sourceTakeId: string
}

export type CardPatch = Partial<CardActivity> | ((card: CardActivity) => Partial<CardActivity>)

interface GenerationState {
  cards: Record<string, CardActivity>
  remix: RemixDraft | null
  /** The card whose Generate options popover is open. */
  popoverCardId: string | null
  patchCard(cardId: string, patch: CardPatch): void
  setRemix(remix: RemixDraft | null): void
  setPopoverCard(cardId: string | null): void
}

export const IDLE: CardActivity = Object.freeze({
  starting: 0,
  error: null,
  upload: null,
  uploadError: null,
})

export const useGenerationStore = create<GenerationState>()((set) => ({
  cards: {},
  remix: null,
  popoverCardId: null,
  patchCard: (cardId, patch) =>
    set((state) => {
      const card = state.cards[cardId] ?? IDLE
      const next = { ...card, ...(typeof patch === 'function' ? patch(card) : patch) }
      return { cards: { ...state.cards, [cardId]: next } }
    }),
  setRemix: (remix) => set({ remix }),
  setPopoverCard: (popoverCardId) => set({ popoverCardId }),
}))

export function useCardActivity(cardId: string): CardActivity {
  return useGenerationStore((state) => state.cards[cardId] ?? IDLE)
}
