/**
 * The board's film order as React context: the sequence strip, the "+ Scene" button, the player
 * and the cards' shot numbers all read it. The board page provides it from the sync module, with
 * the scenes (tldraw frames around cards) and the board's numbering style.
 */
import {
  numberShots,
  type SceneGroup,
  type ShotNumber,
  type ShotNumberingStyle,
} from '@sceneboard/shared'
import { createContext, useContext } from 'react'

export interface SequenceView {
  /** Scene-card ids in film order. */
  order: readonly string[]
  /** Each card's shot number as shown ("3", "1A", "12.3"), with its scene and act. */
  shots: ReadonlyMap<string, ShotNumber>
  /** The scenes: scene cards grouped by the frame around them. */
  scenes: readonly SceneGroup[]
  numbering: ShotNumberingStyle
  setNumbering(style: ShotNumberingStyle): void
  moveCard(id: string, toIndex: number): void
  /** Brings cards together as one run where the first of them stands. */
  gatherCards(ids: readonly string[]): void
}

export interface SequenceSource {
  order: readonly string[]
  scenes: readonly SceneGroup[]
  numbering: ShotNumberingStyle
  setNumbering(style: ShotNumberingStyle): void
  moveCard(id: string, toIndex: number): void
  gatherCards(ids: readonly string[]): void
}

export function sequenceView(source: SequenceSource): SequenceView {
  const shots = numberShots(source.order, { style: source.numbering, scenes: source.scenes })
  return { ...source, shots }
}

const EMPTY: SequenceView = sequenceView({
  order: [],
  scenes: [],
  numbering: 'plain',
  setNumbering: () => {},
  moveCard: () => {},
  gatherCards: () => {},
})

export const SequenceContext = createContext<SequenceView>(EMPTY)

export function useSequence(): SequenceView {
  return useContext(SequenceContext)
}

/** The card's shot number ("3", "1A"), or undefined while it is not in the sequence yet. */
export function useShotNumber(cardId: string): string | undefined {
  return useContext(SequenceContext).shots.get(cardId)?.number
}
