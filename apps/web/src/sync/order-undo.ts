/**
 * The film order's undo, in step with the canvas's. The editor's history holds store changes
 * only, and the order (the document's `sequence` array) is not in the store, so an order change
 * would outlive the undo of the step it was made in. So:
 *
 * - a Y.UndoManager captures each local order change, and undoing it takes back just its own
 *   operations on the array (a move someone else made since stays);
 * - each change gets a step id, new for every change, which tags its stack item (in the item's
 *   `meta`) and is written into the current page state's meta. That is a session record, never
 *   synced, so the editor's history records the write in its current step, and its undo and redo
 *   carry the id back and forth with the rest of that step;
 * - when a page state's id goes back (undo) or forward (redo), the stack items of exactly the
 *   steps in between are undone or redone, one item at a time, found by their tags. Ids only
 *   grow, and a new change empties the redo stack, so those are the items tagged with that page
 *   state and an id in the range. (Each page has its own state record: a step on another page
 *   is never in the range.)
 *
 * By id, not by count: Y.UndoManager.undo() drops a stack item that has nothing left to take back
 * (someone else removed what it put in) and goes on to the next item, which belongs to an older
 * step; counting undos would then take back one order change too many and leave the two
 * histories out of step. Here each item is undone or redone alone, so an item with nothing left
 * to do is dropped and nothing else moves.
 */
import type { Store } from '@tldraw/store'
import {
  InstancePageStateRecordType,
  TLINSTANCE_ID,
  type TLInstancePageState,
  type TLRecord,
} from '@tldraw/tlschema'
import * as Y from 'yjs'

/** The page state's meta field: the id of the latest order change in its history, 0 for none. */
const ORDER_STEP_META = 'sceneboardOrderStep'

/** The stack item's meta field: the step the item belongs to, and on which page state. */
const STEP_TAG = 'sceneboardStep'

interface StepTag {
  id: number
  pageStateId: TLInstancePageState['id']
}

type StackItem = Y.UndoManager['undoStack'][number]

function stepOf(pageState: TLInstancePageState): number {
  const step = pageState.meta[ORDER_STEP_META]
  return typeof step === 'number' ? step : 0
}

function tagOf(item: StackItem): StepTag | undefined {
  return item.meta.get(STEP_TAG) as StepTag | undefined
}

export class OrderUndo {
  private readonly undoManager: Y.UndoManager
  private readonly origin = { sequence: 'undoable' }
  private lastStepId = 0
  /** The step being captured, undone or redone: it tags the stack item that results. */
  private tagging: StepTag | null = null
  private readonly stopFollowing: () => void

  constructor(
    private readonly store: Store<TLRecord>,
    private readonly sequence: Y.Array<string>,
  ) {
    this.undoManager = new Y.UndoManager(sequence, {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: 0,
    })
    this.undoManager.on('stack-item-added', ({ stackItem }) => {
      if (this.tagging) stackItem.meta.set(STEP_TAG, this.tagging)
    })
    this.stopFollowing = store.sideEffects.registerAfterChangeHandler(
      'instance_page_state',
      (before, after) => this.follow(after.id, stepOf(before), stepOf(after)),
    )
  }

  /**
   * Runs `change` (edits of the sequence array) in one document transaction that belongs to the
   * editor's current undo step, or as a plain transaction when no editor works on the store.
   */
  record(change: () => void): void {
    const doc = this.sequence.doc as Y.Doc
    const pageState = this.currentPageState()
    if (!pageState) {
      doc.transact(change)
      return
    }
    const step: StepTag = { id: ++this.lastStepId, pageStateId: pageState.id }
    const captured = this.undoManager.undoStack.length
    this.tagging = step
    try {
      doc.transact(change, this.origin)
    } finally {
      this.tagging = null
    }
    if (this.undoManager.undoStack.length === captured) return
    // A new change empties the redo stack, so following this write redoes nothing.
    this.store.update(pageState.id, (state) => ({
      ...state,
      meta: { ...state.meta, [ORDER_STEP_META]: step.id },
    }))
  }

  dispose(): void {
    this.stopFollowing()
    this.undoManager.destroy()
  }

  private currentPageState(): TLInstancePageState | undefined {
    const instance = this.store.get(TLINSTANCE_ID)
    if (!instance) return undefined
    return this.store.get(InstancePageStateRecordType.createId(instance.currentPageId))
  }

  private follow(pageStateId: TLInstancePageState['id'], before: number, after: number): void {
    if (after < before) this.replay('undo', pageStateId, after, before)
    else if (after > before) this.replay('redo', pageStateId, before, after)
  }

  /**
   * Undoes (or redoes) the stack items of this page state's steps after `from` up to `to`: newest
   * first from the undo stack, oldest first from the redo stack (each stack's top first).
   */
  private replay(
    direction: 'undo' | 'redo',
    pageStateId: TLInstancePageState['id'],
    from: number,
    to: number,
  ): void {
    const stack = direction === 'undo' ? 'undoStack' : 'redoStack'
    const inSteps = (item: StackItem) => {
      const tag = tagOf(item)
      return tag !== undefined && tag.pageStateId === pageStateId && tag.id > from && tag.id <= to
    }
    for (const item of this.undoManager[stack].filter(inSteps).reverse()) {
      const others = this.undoManager[stack].filter((other) => other !== item)
      // Alone on its stack, an item with nothing left to do cannot hand over to the next one.
      this.undoManager[stack] = [item]
      this.tagging = tagOf(item) ?? null
      try {
        if (direction === 'undo') this.undoManager.undo()
        else this.undoManager.redo()
      } finally {
        this.undoManager[stack] = others
        this.tagging = null
      }
    }
  }
}
