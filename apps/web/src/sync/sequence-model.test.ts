import {
  DEFAULT_PAGE_ID,
  boardSchema,
  defaultSceneCardProps,
  gatherInSequence,
  initializeBoardDoc,
  moveInSequence,
  SCENE_CARD_TYPE,
  sequenceArray,
} from '@sceneboard/shared'
import { Store } from '@tldraw/store'
import {
  createShapeId,
  InstancePageStateRecordType,
  TLINSTANCE_ID,
  type TLFrameShape,
  type TLRecord,
  type TLShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import fc from 'fast-check'
import { HistoryManager } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SequenceModel } from './sequence-model.js'

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => createShapeId(name))

function cardRecord(id: string): TLShape {
  return {
    id,
    typeName: 'shape',
    type: SCENE_CARD_TYPE,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    props: defaultSceneCardProps(),
    meta: {},
  } as TLShape
}

/** A board whose stored sequence is `stored` (may hold unknown ids) and whose cards are `cards`. */
function setup(stored: string[], cards: string[]) {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, { title: '', records: [], sequence: stored }, 0)
  const store = new Store<TLRecord>({ schema: boardSchema, props: {} as never })
  store.put(cards.map(cardRecord))
  return { doc, store, model: new SequenceModel(store, doc) }
}

describe('SequenceModel', () => {
  it('orders cards by the stored sequence and appends unplaced ones', () => {
    const { model } = setup([IDS[2]!, IDS[0]!], [IDS[0]!, IDS[1]!, IDS[2]!])
    expect(model.getOrder()).toEqual([IDS[2], IDS[0], IDS[1]])
  })

  it('moves a card to the asked position, whatever the stored array holds', () => {
    const idArb = fc.constantFrom(...IDS)
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 10 }),
        fc.uniqueArray(idArb, { minLength: 1 }),
        fc.array(fc.tuple(fc.nat({ max: IDS.length - 1 }), fc.nat({ max: 7 })), { maxLength: 8 }),
        (stored, cards, moves) => {
          const { model, doc } = setup(stored, cards)
          for (const [which, to] of moves) {
            const id = cards[which % cards.length]!
            const expected = moveInSequence(model.getOrder(), id, to)
            model.move(id, to)
            expect(model.getOrder()).toEqual(expected)
          }
          expect(sequenceArray(doc).length).toBeLessThanOrEqual(
            Math.max(stored.length, cards.length) + 1,
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('notifies subscribers when the order changes, and only then', () => {
    const { model, doc } = setup([IDS[0]!, IDS[1]!], [IDS[0]!, IDS[1]!])
    let calls = 0
    model.subscribe(() => calls++)
    model.move(IDS[1]!, 0)
    expect(calls).toBe(1)
    doc.getMap('meta').set('title', 'unrelated')
    expect(calls).toBe(1)
  })

  it('gathers cards into one run in a single document change', () => {
    const idArb = fc.constantFrom(...IDS)
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 10 }),
        fc.uniqueArray(idArb, { minLength: 1 }),
        fc.uniqueArray(idArb),
        (stored, cards, ids) => {
          const { model, doc } = setup(stored, cards)
          const expected = gatherInSequence(model.getOrder(), ids)
          let updates = 0
          doc.on('update', () => updates++)
          model.gather(ids)
          expect(model.getOrder()).toEqual(expected)
          expect(updates).toBeLessThanOrEqual(1)
        },
      ),
      { numRuns: 300 },
    )
  })
})

const PAGE_STATE_ID = InstancePageStateRecordType.createId(DEFAULT_PAGE_ID)

/**
 * A board as an open editor holds it: the store also has the session records (the instance and
 * its page state), and a history records every local change, as the editor's does.
 */
function setupWithHistory(stored: string[], cards: string[]) {
  const board = setup(stored, cards)
  board.store.put([
    board.store.schema.types.instance.create({ id: TLINSTANCE_ID, currentPageId: DEFAULT_PAGE_ID }),
    InstancePageStateRecordType.create({ id: PAGE_STATE_ID, pageId: DEFAULT_PAGE_ID }),
  ])
  const history = new HistoryManager<TLRecord>({ store: board.store })
  // What the editor's markHistoryStoppingPoint does: the next changes are a new undo step.
  const markStep = (name: string) => (history as unknown as { _mark(id: string): void })._mark(name)
  return { ...board, history, markStep }
}

/** Group as scene as group-into-scene.ts makes it: a frame around the cards, then the order. */
function groupAsScene(
  board: ReturnType<typeof setupWithHistory>,
  frameId: TLShapeId,
  cardIds: TLShapeId[],
): void {
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

describe('SequenceModel order changes in undo steps', () => {
  const [a, b, c, d, e] = IDS as [TLShapeId, TLShapeId, TLShapeId, TLShapeId, TLShapeId]
  const frameId = createShapeId('scene')

  it("Group as scene's order change is undone and redone with its frame, in one step", () => {
    const board = setupWithHistory([a, b, c, d], [a, b, c, d])
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
    const board = setupWithHistory([a, b, c, d], [a, b, c, d])
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
    const board = setupWithHistory([a, b, c, d, e], [a, b, c, d, e])
    const other = new Y.Doc()
    const sync = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'network')
    sync(board.doc, other)
    groupAsScene(board, frameId, [b, d])
    sync(board.doc, other)
    // The other person moves the last card to the front of the film.
    other.transact(() => {
      const sequence = sequenceArray(other)
      sequence.delete(sequence.toArray().indexOf(e), 1)
      sequence.insert(0, [e])
    })
    sync(other, board.doc)
    expect(board.model.getOrder()).toEqual([e, a, b, d, c])

    board.history.undo()
    expect(board.model.getOrder()).toEqual([e, a, b, c, d])
    sync(board.doc, other)
    expect(sequenceArray(other).toArray()).toEqual([e, a, b, c, d])
  })

  it('a gather that changes nothing adds no order step', () => {
    const board = setupWithHistory([a, b, c], [a, b, c])
    board.markStep('gather')
    board.model.gather([a, b])
    expect(board.store.get(PAGE_STATE_ID)!.meta).toEqual({})
    board.history.undo()
    expect(board.model.getOrder()).toEqual([a, b, c])
  })
})
