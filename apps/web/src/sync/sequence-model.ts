/**
 * The film order as the web app sees it: the document's `sequence` array normalised against the
 * scene cards in the store, with a subscription for React, a `move` that writes the smallest
 * change to the shared array, and a `gather` that belongs to the canvas's current undo step.
 */
import {
  gatherInSequence,
  isSceneCard,
  moveInSequence,
  normalizeSequence,
  sequenceArray,
} from '@sceneboard/shared'
import type { Store } from '@tldraw/store'
import {
  InstancePageStateRecordType,
  TLINSTANCE_ID,
  type TLInstancePageState,
  type TLRecord,
} from '@tldraw/tlschema'
import * as Y from 'yjs'

/** The page state's meta field counting this tab's order changes made as part of undo steps. */
const ORDER_STEPS = 'sceneboardOrderSteps'

function orderSteps(pageState: TLInstancePageState): number {
  const steps = pageState.meta[ORDER_STEPS]
  return typeof steps === 'number' ? steps : 0
}

export class SequenceModel {
  private readonly sequence: Y.Array<string>
  private readonly listeners = new Set<() => void>()
  private order: string[] = []
  private readonly stopStore: () => void
  /**
   * Undo for the film order, in step with the canvas's. The editor's history holds store
   * changes only, and the order is not in the store, so an order change made with a canvas change
   * (Group as scene: a frame, and its cards brought together) would outlive the undo of that
   * step. So such a change is captured here by a Y.UndoManager, which undoes just its own
   * operations on the array (a move someone else made since stays), and the step also counts it
   * in the current page state's meta. That is a session record, never synced, which a grouping
   * changes anyway (it selects the new frame), so the editor's undo and redo carry the count back
   * and forth with the rest of the step; when the count goes down or up, as many order changes
   * are undone or redone here.
   */
  private readonly orderUndo: Y.UndoManager
  private readonly undoableOrigin = { sequence: 'undoable' }
  private countingStep = false
  private readonly stopFollowingSteps: () => void

  constructor(
    private readonly store: Store<TLRecord>,
    private readonly doc: Y.Doc,
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
    this.orderUndo = new Y.UndoManager(this.sequence, {
      trackedOrigins: new Set([this.undoableOrigin]),
      captureTimeout: 0,
    })
    this.stopFollowingSteps = store.sideEffects.registerAfterChangeHandler(
      'instance_page_state',
      (before, after) => this.followSteps(orderSteps(before), orderSteps(after)),
    )
    this.order = this.compute()
  }

  getOrder = (): string[] => this.order

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Moves a card so that it ends up at `toIndex` of the film order. */
  move(id: string, toIndex: number): void {
    const order = this.compute()
    if (!order.includes(id)) return
    const next = moveInSequence(order, id, toIndex)
    if (next.join() === order.join()) return
    const raw = this.sequence.toArray()
    const missing = order.some((cardId) => !raw.includes(cardId))
    this.doc.transact(() => {
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
    })
  }

  /**
   * Brings cards together as one run where the first of them stands (one document change), as
   * part of the editor's current undo step when an editor works on the store.
   */
  gather(ids: readonly string[]): void {
    const target = gatherInSequence(this.compute(), ids)
    const block = target.filter((id) => ids.includes(id))
    const start = target.indexOf(block[0] as string)
    this.inUndoStep(() => block.forEach((id, i) => this.move(id, start + i)))
  }

  dispose(): void {
    this.sequence.unobserve(this.recompute)
    this.stopStore()
    this.stopFollowingSteps()
    this.orderUndo.destroy()
    this.listeners.clear()
  }

  /** Changes the order in one transaction that the editor's undo and redo take back and forth. */
  private inUndoStep(change: () => void): void {
    const instance = this.store.get(TLINSTANCE_ID)
    const pageStateId = instance && InstancePageStateRecordType.createId(instance.currentPageId)
    const pageState = pageStateId && this.store.get(pageStateId)
    if (!pageState) {
      // No editor, so no undo step to join.
      this.doc.transact(change)
      return
    }
    const captured = this.orderUndo.undoStack.length
    this.doc.transact(change, this.undoableOrigin)
    if (this.orderUndo.undoStack.length === captured) return
    this.countingStep = true
    try {
      this.store.update(pageState.id, (state) => ({
        ...state,
        meta: { ...state.meta, [ORDER_STEPS]: orderSteps(state) + 1 },
      }))
    } finally {
      this.countingStep = false
    }
  }

  private followSteps(before: number, after: number): void {
    if (this.countingStep) return
    for (let step = before; step > after; step--) this.orderUndo.undo()
    for (let step = before; step < after; step++) this.orderUndo.redo()
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
