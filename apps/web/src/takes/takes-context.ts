/**
 * The open board's takes as React context: the board page provides the takes model and the
 * board id; cards, the inspector and the generation controls read them. A card subscribes to
 * its own takes only, so a progress update re-renders that card and nothing else.
 */
import type { Take } from '@sceneboard/shared'
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { TakesModel } from '../sync/takes-model'

export interface BoardTakes {
  boardId: string
  model: TakesModel
}

export const TakesContext = createContext<BoardTakes | null>(null)

export function useBoardTakes(): BoardTakes | null {
  return useContext(TakesContext)
}

const NONE: readonly Take[] = Object.freeze([])
const noSubscription = () => () => {}

/** The card's takes, newest first (a stable array until they change). */
export function useCardTakes(cardId: string): readonly Take[] {
  const model = useContext(TakesContext)?.model
  const subscribe = useCallback(
    (listener: () => void) => (model ? model.subscribeCard(cardId, listener) : noSubscription()),
    [model, cardId],
  )
  const snapshot = useCallback(() => (model ? model.getCardTakes(cardId) : NONE), [model, cardId])
  return useSyncExternalStore(subscribe, snapshot)
}
