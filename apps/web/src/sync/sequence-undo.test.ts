/**
 * The film order in the editor's undo history (order-undo.ts), driven the way the app drives it:
 * a store with the session records, tldraw's history manager on it, stopping points where the
 * editor marks them, and other people's changes arriving through their own documents.
 */
import { DEFAULT_PAGE_ID, sequenceArray, type SceneCardShape } from '@sceneboard/shared'
import {
  createShapeId,
  InstancePageStateRecordType,
  PageRecordType,
  TLINSTANCE_ID,
  type TLFrameShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import type { IndexKey } from 'tldraw'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { reorderAsUndoStep } from '../sequence/reorder-step.js'
import {
  IDS,
  PAGE_STATE_ID,
  boardInEditor,
  cardRecord,
  otherPerson,
  syncDocs,
  type BoardInEditor,
} from './sequence-fixtures.js'

const [a, b, c, d, e] = IDS as [TLShapeId, TLShapeId, TLShapeId, TLShapeId, TLShapeId]
const CARDS = [a, b, c, d, e]

/** Group as scene as group-into-scene.ts makes it: a frame around the cards, then the order. */
function groupAsScene(board: BoardInEditor, frameId: TLShapeId, cardIds: TLShapeId[]): void {
  const { store, model, markStep } = board
  markStep('group into scene')
  const frame: TLFrameShape = {
    ...(cardRecord(frameId) as unknown as TLFrameShape),
    type: 'frame',
    props: { w: 600, h: 400, name: 'Scene 2', color: 'black' },
  }
  store.put([frame])
  store.update(cardIds[0]!, (card) => ({ ...card, parentId: frameId }))
  store.update(cardIds[1]!, (card) => ({ ...card, parentId: frameId }))
  store.update(PAGE_STATE_ID, (state) => ({ ...state, selectedShapeIds: [frameId] }))
  model.gather(cardIds)
}

/** A reorder in the strip (Alt+Arrow or a drop), as SequenceStrip makes it. */
function reorderInStrip(board: BoardInEditor, id: TLShapeId, toIndex: number): void {
  const editor = { markHistoryStoppingPoint: (name?: string) => (board.markStep(name ?? ''), '') }
  reorderAsUndoStep(editor, (card, to) => board.model.move(card, to), id, toIndex)
}

/** The inspector's write of a field: no stopping point of its own. */
function typeSubject(board: BoardInEditor, id: TLShapeId, subject: string): void {
  board.store.update(id, (card) => {
    const props = (card as SceneCardShape).props
    return { ...card, props: { ...props, spec: { ...props.spec, subject } } } as typeof card
  })
}

const subjectOf = (board: BoardInEditor, id: TLShapeId) =>
  (board.store.get(id) as SceneCardShape).props.spec.subject

describe('Group as scene in undo steps', () => {
  const frameId = createShapeId('scene')

  it("Group as scene's order change is undone and redone with its frame, in one step", () => {
    const board = boardInEditor([a, b, c, d], [a, b, c, d])
    const { store, model, history } = board
    groupAsScene(board, frameId, [b, d])
    expect(model.getOrder()).toEqual([a, b, d, c])

    history.undo()
    expect(store.has(frameId)).toBe(false)
    expect(store.get(d)!.parentId).toBe(DEFAULT_PAGE_ID)
    expect(model.getOrder()).toEqual([a, b, c, d])
    expect(sequenceArray(board.doc).toArray()).toEqual([a, b, c, d])

    history.redo()
    expect(store.get(frameId)).toMatchObject({ type: 'frame' })
    expect(store.get(d)!.parentId).toBe(frameId)
    expect(model.getOrder()).toEqual([a, b, d, c])

    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d])
  })

  it('steps after the grouping undo without touching the order; the grouping undoes it', () => {
    const board = boardInEditor([a, b, c, d], [a, b, c, d])
    const { store, model, history, markStep } = board
    groupAsScene(board, frameId, [b, d])
    markStep('move card')
    store.update(a, (card) => ({ ...card, x: 500 }))
    markStep('select')
    store.update(PAGE_STATE_ID, (state) => ({ ...state, selectedShapeIds: [a] }))

    history.undo()
    history.undo()
    expect(store.get(a)!.x).toBe(0)
    expect(model.getOrder()).toEqual([a, b, d, c])
    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d])
    history.redo()
    expect(model.getOrder()).toEqual([a, b, d, c])
    history.redo()
    history.redo()
    expect(store.get(a)!.x).toBe(500)
    expect(model.getOrder()).toEqual([a, b, d, c])
  })

  it("undo takes back only the grouping's own moves: a move someone else made since stays", () => {
    const board = boardInEditor(CARDS, CARDS)
    const other = otherPerson(board.doc, CARDS)
    groupAsScene(board, frameId, [b, d])
    syncDocs(board.doc, other.doc)
    // The other person moves the last card to the front of the film.
    other.model.move(e, 0)
    syncDocs(other.doc, board.doc)
    expect(board.model.getOrder()).toEqual([e, a, b, d, c])

    board.history.undo()
    expect(board.model.getOrder()).toEqual([e, a, b, c, d])
    syncDocs(board.doc, other.doc)
    expect(other.model.getOrder()).toEqual([e, a, b, c, d])
  })

  it('a gather that changes nothing adds no order step', () => {
    const board = boardInEditor([a, b, c], [a, b, c])
    board.markStep('gather')
    board.model.gather([a, b])
    expect(board.store.get(PAGE_STATE_ID)!.meta).toEqual({})
    board.history.undo()
    expect(board.model.getOrder()).toEqual([a, b, c])
  })
})

describe('reorders in the strip in undo steps', () => {
  it('each reorder is one undo step: undo takes them back one by one, redo brings them again', () => {
    const board = boardInEditor(CARDS, CARDS)
    const { model, history } = board
    const other = otherPerson(board.doc, CARDS)
    // Alt+Left twice on the last shot.
    reorderInStrip(board, e, 3)
    reorderInStrip(board, e, 2)
    expect(model.getOrder()).toEqual([a, b, e, c, d])

    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, e, d])
    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d, e])
    syncDocs(board.doc, other.doc)
    expect(other.model.getOrder()).toEqual([a, b, c, d, e])

    history.redo()
    expect(model.getOrder()).toEqual([a, b, c, e, d])
    history.redo()
    expect(model.getOrder()).toEqual([a, b, e, c, d])
    syncDocs(board.doc, other.doc)
    expect(other.model.getOrder()).toEqual([a, b, e, c, d])
  })

  it('a card moved on the canvas, a reorder, a field typed: three undos take them back in reverse', () => {
    const board = boardInEditor(CARDS, CARDS)
    const { store, model, history, markStep } = board
    markStep('translate')
    store.update(a, (card) => ({ ...card, x: 500 }))
    reorderInStrip(board, e, 0)
    typeSubject(board, b, 'a lighthouse keeper')

    history.undo()
    expect(subjectOf(board, b)).toBe('')
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    expect(store.get(a)!.x).toBe(500)
    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d, e])
    expect(store.get(a)!.x).toBe(500)
    history.undo()
    expect(store.get(a)!.x).toBe(0)
    expect(model.getOrder()).toEqual([a, b, c, d, e])

    history.redo()
    expect(store.get(a)!.x).toBe(500)
    expect(model.getOrder()).toEqual([a, b, c, d, e])
    history.redo()
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    expect(subjectOf(board, b)).toBe('')
    history.redo()
    expect(subjectOf(board, b)).toBe('a lighthouse keeper')
    expect(model.getOrder()).toEqual([e, a, b, c, d])
  })

  it("another person's reorder in between survives the undo and the redo", () => {
    const board = boardInEditor(CARDS, CARDS)
    const other = otherPerson(board.doc, CARDS)
    reorderInStrip(board, e, 0)
    syncDocs(board.doc, other.doc)
    other.model.move(c, 1)
    syncDocs(other.doc, board.doc)
    expect(board.model.getOrder()).toEqual([e, c, a, b, d])

    board.history.undo()
    expect(board.model.getOrder()).toEqual([c, a, b, d, e])
    board.history.redo()
    expect(board.model.getOrder()).toEqual([e, c, a, b, d])
    syncDocs(board.doc, other.doc)
    expect(other.model.getOrder()).toEqual([e, c, a, b, d])
  })

  it('undo on one page takes back the order changes made there, not those of another page', () => {
    const board = boardInEditor(CARDS, CARDS)
    const { store, model, history, markStep } = board
    const page2 = PageRecordType.createId('page2')
    store.put([
      PageRecordType.create({ id: page2, name: 'Page 2', index: 'a2' as IndexKey }),
      InstancePageStateRecordType.create({
        id: InstancePageStateRecordType.createId(page2),
        pageId: page2,
      }),
    ])
    reorderInStrip(board, e, 0)
    markStep('change page')
    store.update(TLINSTANCE_ID, (instance) => ({ ...instance, currentPageId: page2 }))
    reorderInStrip(board, d, 0)
    expect(model.getOrder()).toEqual([d, e, a, b, c])

    history.undo()
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    history.undo()
    expect(store.get(TLINSTANCE_ID)!.currentPageId).toBe(DEFAULT_PAGE_ID)
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d, e])
  })
})

describe('an order step with nothing left to undo or redo', () => {
  // Y.UndoManager drops a stack item that has nothing left to take back and goes on to the next
  // one, which belongs to an older step. Each step must take back its own changes only.

  it('a redo whose change someone else took away redoes nothing, and the next redo its own', () => {
    const board = boardInEditor(CARDS, CARDS)
    const { model, history } = board
    const other = otherPerson(board.doc, CARDS)
    reorderInStrip(board, e, 0)
    reorderInStrip(board, d, 1)
    expect(model.getOrder()).toEqual([e, d, a, b, c])
    syncDocs(board.doc, other.doc)
    // The other person moves e on, behind a.
    other.model.move(e, 2)
    syncDocs(other.doc, board.doc)
    expect(model.getOrder()).toEqual([d, a, e, b, c])

    history.undo()
    expect(model.getOrder()).toEqual([a, e, b, c, d])
    history.undo()
    // Undoing the first reorder puts back the e it took away, behind d, where the order does not
    // show it: the other person's e comes first.
    expect(model.getOrder()).toEqual([a, e, b, c, d])
    syncDocs(board.doc, other.doc)
    // The other person moves e again, to the front: that removes the e the undo put back, all
    // the first reorder's redo would take away.
    other.model.move(e, 0)
    syncDocs(other.doc, board.doc)
    expect(model.getOrder()).toEqual([e, a, b, c, d])

    history.redo()
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    history.redo()
    expect(model.getOrder()).toEqual([e, d, a, b, c])
    history.undo()
    expect(model.getOrder()).toEqual([e, a, b, c, d])
    syncDocs(board.doc, other.doc)
    expect(other.model.getOrder()).toEqual([e, a, b, c, d])
  })

  it('an undo whose change someone else took away undoes nothing, and the next undo its own', () => {
    const board = boardInEditor([a, b, c, d], [a, b, c, d])
    const { model, history } = board
    const other = otherPerson(board.doc, [a, b, c, d])
    const empty = (doc: Y.Doc) => sequenceArray(doc).delete(0, sequenceArray(doc).length)
    reorderInStrip(board, d, 0)
    syncDocs(board.doc, other.doc)
    // A tool on the other side empties the stored order: every card is unplaced again.
    empty(other.doc)
    syncDocs(other.doc, board.doc)
    expect(model.getOrder()).toEqual([a, b, c, d])
    // So this reorder writes the whole order anew: it only inserts.
    reorderInStrip(board, c, 0)
    expect(model.getOrder()).toEqual([c, a, b, d])
    syncDocs(board.doc, other.doc)
    // The tool empties it again: nothing of that reorder is left to take back.
    empty(other.doc)
    syncDocs(other.doc, board.doc)
    expect(model.getOrder()).toEqual([a, b, c, d])

    history.undo()
    expect(model.getOrder()).toEqual([a, b, c, d])
    history.undo()
    // The first reorder's undo puts d back where it stood: alone in the array, so first.
    expect(model.getOrder()).toEqual([d, a, b, c])
  })
})
