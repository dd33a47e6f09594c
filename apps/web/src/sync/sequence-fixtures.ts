/**
 * Boards for the sequence model's tests: a document with a stored sequence, a store with scene
 * cards, and (for undo) the session records and history an open editor adds. Test code only.
 */
import {
  DEFAULT_PAGE_ID,
  boardSchema,
  defaultSceneCardProps,
  initializeBoardDoc,
  SCENE_CARD_TYPE,
} from '@sceneboard/shared'
import { Store } from '@tldraw/store'
import {
  createShapeId,
  InstancePageStateRecordType,
  PageRecordType,
  TLINSTANCE_ID,
  type TLRecord,
  type TLShape,
} from '@tldraw/tlschema'
import { HistoryManager, type IndexKey } from 'tldraw'
import * as Y from 'yjs'
import { SequenceModel } from './sequence-model.js'

export const IDS = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => createShapeId(name))

export const PAGE_STATE_ID = InstancePageStateRecordType.createId(DEFAULT_PAGE_ID)

export function cardRecord(id: string): TLShape {
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
export function boardWithCards(stored: string[], cards: string[]) {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, { title: '', records: [], sequence: stored }, 0)
  const store = new Store<TLRecord>({ schema: boardSchema, props: {} as never })
  store.put(cards.map(cardRecord))
  return { doc, store, model: new SequenceModel(store, doc) }
}

export type BoardInEditor = ReturnType<typeof boardInEditor>

/**
 * A board as an open editor holds it: the store also has its page and the session records (the
 * instance and the page's state), and a history records every local change, as the editor's does.
 */
export function boardInEditor(stored: string[], cards: string[]) {
  const board = boardWithCards(stored, cards)
  board.store.put([
    PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey }),
    board.store.schema.types.instance.create({ id: TLINSTANCE_ID, currentPageId: DEFAULT_PAGE_ID }),
    InstancePageStateRecordType.create({ id: PAGE_STATE_ID, pageId: DEFAULT_PAGE_ID }),
  ])
  const history = new HistoryManager<TLRecord>({ store: board.store })
  // What the editor's markHistoryStoppingPoint does: the next changes are a new undo step.
  const markStep = (name: string) => (history as unknown as { _mark(id: string): void })._mark(name)
  return { ...board, history, markStep }
}

/** Sends `to` what `from` has and `to` lacks, as the sync server would. */
export function syncDocs(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'network')
}

/**
 * Another person on the board: their own copy of the document, in sync with `doc` so far, and
 * their own sequence model (no editor, so their changes are not in this person's history).
 */
export function otherPerson(doc: Y.Doc, cards: string[]) {
  const other = new Y.Doc()
  syncDocs(doc, other)
  const store = new Store<TLRecord>({ schema: boardSchema, props: {} as never })
  store.put(cards.map(cardRecord))
  return { doc: other, model: new SequenceModel(store, other) }
}
