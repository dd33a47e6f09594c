/**
 * Takes in the board documents: the one place the server reads scene cards and writes takes.
 *
 * Every write is a server-origin change through the board's room (`Room.transact`): checked by
 * the same rules as a client's (VAL-9), stored before it is broadcast, so every collaborator sees
 * a take appear, make progress and finish, live. A board nobody has open is loaded for the write
 * and unloaded after. A write resolves once it is stored.
 */
import {
  isSceneCard,
  normalizeSequence,
  recordsArray,
  sequenceArray,
  shotNumbers,
  takesArray,
  type SceneCardShape,
  type Take,
} from '@sceneboard/shared'
import type * as Y from 'yjs'
import type { SyncServer } from '../sync/sync-server.js'
import { readEntries, readEntry, writeEntry } from './keyed-entries.js'

export interface CardInfo {
  card: SceneCardShape
  /** The card's shot number in the board's sequence, when it is in it. */
  shotNumber: number | null
  /**
   * The subjects of the board's other cards, in the sequence's order: where the people this card
   * names may be described, for previs to draw them alike in every shot.
   */
  cast: string[]
}

export type TakeWriteResult =
  | { written: true; selected: boolean }
  /** The take is gone from the board: a client deleted it, and updates do not bring it back. */
  | { written: false; reason: 'take-deleted' | 'card-missing' }

export interface TakeWriteOptions {
  /** Create the take if it is not there (otherwise only an existing take is updated). */
  create?: boolean
  /** Select it on its card when the card has no selected take (or one that no longer exists). */
  select?: boolean
}

function cardOf(doc: Y.Doc, cardId: string): SceneCardShape | null {
  const record = readEntry(recordsArray<Record<string, unknown>>(doc), cardId)
  return record && isSceneCard(record) ? (record as unknown as SceneCardShape) : null
}

/** Resolves when `cardId` is in `doc`, or after `waitMs`. */
function cardArrival(doc: Y.Doc, cardId: string, waitMs: number): Promise<void> {
  if (waitMs <= 0 || cardOf(doc, cardId)) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      doc.off('update', onUpdate)
      resolve()
    }
    const onUpdate = () => {
      if (cardOf(doc, cardId)) done()
    }
    const timer = setTimeout(done, waitMs)
    doc.on('update', onUpdate)
  })
}

/** A scene card record's subject text, or '' when it has none readable. */
function subjectOf(record: Record<string, unknown>): string {
  const props = record.props as { spec?: { subject?: unknown } } | undefined
  const subject = props?.spec?.subject
  return typeof subject === 'string' ? subject : ''
}

export class BoardTakes {
  /**
   * `cardArrivalMs`: how long a request naming a card the board does not hold yet waits for it.
   * A card made a moment ago travels over its maker's socket while the same person's upload or
   * Generate click travels over HTTP, and may arrive first.
   */
  constructor(
    private readonly sync: SyncServer,
    private readonly cardArrivalMs = 0,
  ) {}

  /** A scene card of a board and its shot number; null when the board has no such card. */
  async card(boardId: string, cardId: string): Promise<CardInfo | null> {
    return this.sync.withRoom(boardId, async ({ doc }) => {
      await cardArrival(doc, cardId, this.cardArrivalMs)
      const card = cardOf(doc, cardId)
      if (!card) return null
      const records = readEntries(recordsArray<Record<string, unknown>>(doc))
      const cards = [...records.values()].filter((record) => isSceneCard(record))
      const cardIds = cards.map((record) => record.id as string)
      const order = normalizeSequence(sequenceArray(doc).toArray(), cardIds)
      const subjects = new Map(cards.map((record) => [record.id as string, subjectOf(record)]))
      const cast = order.flatMap((id) => {
        const subject = id === cardId ? '' : (subjects.get(id) ?? '')
        return subject.trim() === '' ? [] : [subject]
      })
      return { card, shotNumber: shotNumbers(order).get(cardId) ?? null, cast }
    })
  }

  /** A take of a board, or null. */
  async take(boardId: string, takeId: string): Promise<Take | null> {
    return this.sync.withRoom(
      boardId,
      ({ doc }) => readEntry(takesArray<Take>(doc), takeId) ?? null,
    )
  }

  /** Writes `take` into its board and waits until the change is stored. */
  async write(
    boardId: string,
    take: Take,
    options: TakeWriteOptions = {},
  ): Promise<TakeWriteResult> {
    return this.sync.withRoom(boardId, async (room) => {
      let result: TakeWriteResult = { written: false, reason: 'take-deleted' }
      const rejections = room.transact((doc) => {
        const takes = takesArray<Take>(doc)
        const existing = readEntry(takes, take.id)
        if (!existing && !options.create) return
        const card = cardOf(doc, take.cardId)
        if (!existing && !card) {
          result = { written: false, reason: 'card-missing' }
          return
        }
        writeEntry(takes, take.id, take)
        let selected = false
        const current = card?.props.selectedTakeId ?? null
        if (card && options.select && (current === null || !readEntry(takes, current))) {
          const records = recordsArray<SceneCardShape>(doc)
          writeEntry(records, card.id, {
            ...card,
            props: { ...card.props, selectedTakeId: take.id },
          })
          selected = true
        }
        result = { written: true, selected }
      })
      if (rejections.length > 0) {
        throw new Error(`the board refused a take: ${rejections.map((r) => r.reason).join('; ')}`)
      }
      await room.flushed()
      return result
    })
  }
}
