/**
 * The board's film order as React context: the sequence strip, the "+ Scene" button and the
 * cards' shot numbers all read it. The board page provides it from the sync module.
 */
import { shotNumbers } from '@sceneboard/shared'
import { createContext, useContext } from 'react'

export interface SequenceView {
  /** Scene-card ids in film order. */
  order: readonly string[]
  /** 1-based shot number by card id. */
  numbers: ReadonlyMap<string, number>
  moveCard(id: string, toIndex: number): void
}

export function sequenceView(
  order: readonly string[],
  moveCard: (id: string, toIndex: number) => void,
): SequenceView {
  return { order, numbers: shotNumbers(order), moveCard }
}

const EMPTY: SequenceView = sequenceView([], () => {})

export const SequenceContext = createContext<SequenceView>(EMPTY)

export function useSequence(): SequenceView {
  return useContext(SequenceContext)
}

/** The card's shot number, or undefined while it is not in the sequence yet. */
export function useShotNumber(cardId: string): number | undefined {
  return useContext(SequenceContext).numbers.get(cardId)
}
