/**
 * The film order as the web app sees it: the document's `sequence` array normalised against the
 * scene cards in the store, with a subscription for React, and a `move` and a `gather` that write
 * the smallest change to the shared array as part of the canvas's current undo step
 * (order-undo.ts).
 */
import {
  gatherInSequence,
  isSceneCard,
  moveInSequence,
  normalizeSequence,
  sequenceArray,
} from '@sceneboard/shared'
import type { Store } from '@tldraw/store'
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { OrderUndo } from './order-undo.js'

export class SequenceModel {
  private readonly sequence: Y.Array<string>
  private readonly listeners = new Set<() => void>()
  private order: string[] = []
  private readonly stopStore: () => void
  /** Makes each order change made here part of the editor's undo history. */
  private readonly undo: OrderUndo

  constructor(
    private readonly store: Store<TLRecord>,
    doc: Y.Doc,
  ) {
    this.sequence = sequenceArray(doc)
    this.sequence.observe(this.recompute)
    this.stopStore = store.listen(
      ({ changes }) => {
        const touchesCards =
          Object.values(changes.added).some(isSceneCard) ||
          Object.values(changes.removed).some(isSceneCard)
        if (touchesCards) this.recompute()
      },
      { scope: 'document' },
    )
    this.undo = new OrderUndo(store, this.sequence)
    this.order = this.compute()
  }

  getOrder = (): string[] => this.order

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Moves a card so that it ends up at `toIndex` of the film order (one document change), as part
   * of the editor's current undo step when an editor works on the store.
   */
  move(id: string, toIndex: number): void {
    this.undo.record(() => this.place(id, toIndex))
  }

  /**
   * Brings cards together as one run where the first of them stands (one document change), as
   * part of the editor's current undo step when an editor works on the store.
   */
  gather(ids: readonly string[]): void {
    const target = gatherInSequence(this.compute(), ids)
    const block = target.filter((id) => ids.includes(id))
    const start = target.indexOf(block[0] as string)
    this.undo.record(() => block.forEach((id, i) => this.place(id, start + i)))
  }

  dispose(): void {
    this.sequence.unobserve(this.recompute)
    this.stopStore()
    this.undo.dispose()
    this.listeners.clear()
  }

  /**
   * Writes the smallest change to the array that puts the card at `toIndex` of the order; called
   * inside a document transaction.
   */
  private place(id: string, toIndex: number): void {
    const order = this.compute()
    if (!order.includes(id)) return
    const next = moveInSequence(order, id, toIndex)
    if (next.join() === order.join()) return
    const raw = this.sequence.toArray()
    const missing = order.some((cardId) => !raw.includes(cardId))
    if (missing) {
      // Cards nobody placed yet (made by another tool, say): write the whole order once.
      this.sequence.delete(0, this.sequence.length)
      this.sequence.insert(0, next)
      return
    }
    for (let i = raw.length - 1; i >= 0; i--) {
      if (raw[i] === id) this.sequence.delete(i, 1)
    }
    const after = next[next.indexOf(id) + 1]
    const remaining = this.sequence.toArray()
    const at = after === undefined ? remaining.length : remaining.indexOf(after)
    // Unknown ids (deleted cards) before the insertion point stay where they are.
    this.sequence.insert(at === -1 ? remaining.length : at, [id])
  }

  private compute(): string[] {
    const cardIds = this.store
      .allRecords()
      .filter(isSceneCard)
      .map((record) => record.id)
    return normalizeSequence(this.sequence.toArray(), cardIds)
  }

  private recompute = (): void => {
    const next = this.compute()
    if (next.length === this.order.length && next.every((id, i) => id === this.order[i])) return
    this.order = next
    for (const listener of this.listeners) listener()
  }
}
