import {
  DEFAULT_PAGE_ID,
  boardSchema,
  defaultSceneCardProps,
  initializeBoardDoc,
  isSceneCard,
  recordsArray,
  SCENE_CARD_TYPE,
} from '@sceneboard/shared'
import { Store } from '@tldraw/store'
import { createShapeId, type TLRecord, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bindStoreToDoc } from './bind-store-to-doc.js'
import { SequenceModel } from './sequence-model.js'

/** A peer: a store bound to its own Y.Doc, with the updates it produced waiting to be sent. */
interface Peer {
  store: Store<TLRecord>
  doc: Y.Doc
  sequence: SequenceModel
  outbox: Uint8Array[]
}

function newStore(): Store<TLRecord> {
  return new Store({ schema: boardSchema, props: {} as never })
}

function newPeer(seed: Uint8Array): Peer {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, seed, 'seed')
  const store = newStore()
  bindStoreToDoc(store, doc)
  const peer: Peer = { store, doc, sequence: new SequenceModel(store, doc), outbox: [] }
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') peer.outbox.push(update)
  })
  return peer
}

function seedDoc(): Uint8Array {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, { title: 'Test', records: [], sequence: [] }, 0)
  return Y.encodeStateAsUpdate(doc)
}

function card(id: TLShapeId, x: number, title: string): TLShape {
  return {
    id,
    typeName: 'shape',
    type: SCENE_CARD_TYPE,
    x,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    props: defaultSceneCardProps({ title }),
    meta: {},
  } as TLShape
}

function deliver(from: Peer, to: Peer): void {
  for (const update of from.outbox.splice(0)) Y.applyUpdate(to.doc, update, 'network')
}

function documentRecords(store: Store<TLRecord>): TLRecord[] {
  return store
    .allRecords()
    .filter((record) => boardSchema.types[record.typeName]?.scope === 'document')
    .sort((a, b) => a.id.localeCompare(b.id))
}

function docRecords(doc: Y.Doc): TLRecord[] {
  const latest = new Map<string, TLRecord>()
  for (const entry of recordsArray<TLRecord>(doc).toArray()) latest.set(entry.key, entry.val)
  return [...latest.values()].sort((a, b) => a.id.localeCompare(b.id))
}

const CARD_IDS = ['a', 'b', 'c', 'd', 'e'].map((name) => createShapeId(name))

type Command =
  | { kind: 'create'; peer: 0 | 1; card: number; x: number }
  | { kind: 'edit'; peer: 0 | 1; card: number; title: string }
  | { kind: 'delete'; peer: 0 | 1; card: number }
  | { kind: 'move'; peer: 0 | 1; card: number; to: number }
  | { kind: 'deliver'; peer: 0 | 1 }

const peerArb = fc.constantFrom<0 | 1>(0, 1)
const cardArb = fc.nat({ max: CARD_IDS.length - 1 })
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    peer: peerArb,
    card: cardArb,
    x: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    peer: peerArb,
    card: cardArb,
    title: fc.string({ maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), peer: peerArb, card: cardArb }),
  fc.record({
    kind: fc.constant('move' as const),
    peer: peerArb,
    card: cardArb,
    to: fc.nat({ max: 5 }),
  }),
  fc.record({ kind: fc.constant('deliver' as const), peer: peerArb }),
)

function run(peers: [Peer, Peer], command: Command): void {
  const peer = peers[command.peer]
  const id = CARD_IDS['card' in command ? command.card : 0]!
  const existing = peer.store.get(id) as TLShape | undefined
  switch (command.kind) {
    case 'create':
      if (!existing) peer.store.put([card(id, command.x, 'new')])
      break
    case 'edit':
      if (existing && isSceneCard(existing)) {
        peer.store.put([
          { ...existing, props: { ...existing.props, title: command.title } } as TLShape,
        ])
      }
      break
    case 'delete':
      if (existing) peer.store.remove([id])
      break
    case 'move':
      peer.sequence.move(id, command.to)
      break
    case 'deliver':
      deliver(peer, peers[command.peer === 0 ? 1 : 0])
      break
  }
  peer.store._flushHistory()
}

describe('bindStoreToDoc', () => {
  it('loads the document into the store', () => {
    const peer = newPeer(seedDoc())
    expect(documentRecords(peer.store).map((record) => record.typeName)).toEqual([
      'document',
      'page',
    ])
  })

  it('writes a local edit into the document and appends a new card to the sequence', () => {
    const peer = newPeer(seedDoc())
    peer.store.put([card(CARD_IDS[0]!, 10, 'Opening')])
    peer.store._flushHistory()
    expect(docRecords(peer.doc).find((record) => record.id === CARD_IDS[0])).toMatchObject({
      props: { title: 'Opening' },
    })
    expect(peer.sequence.getOrder()).toEqual([CARD_IDS[0]])
  })

  it('applies remote changes without echoing them back', () => {
    const seed = seedDoc()
    const a = newPeer(seed)
    const b = newPeer(seed)
    a.store.put([card(CARD_IDS[0]!, 10, 'From A')])
    a.store._flushHistory()
    deliver(a, b)
    b.store._flushHistory()
    expect(b.store.get(CARD_IDS[0]!)).toMatchObject({ props: { title: 'From A' } })
    expect(b.outbox).toEqual([])
  })

  it('keeps one entry per record however often it changes (the document stays small)', () => {
    const peer = newPeer(seedDoc())
    for (let i = 0; i < 200; i++) {
      peer.store.put([card(CARD_IDS[0]!, i, `take ${i}`)])
      peer.store._flushHistory()
    }
    expect(recordsArray(peer.doc).length).toBe(3)
    expect(Y.encodeStateAsUpdate(peer.doc).byteLength).toBeLessThan(8000)
  })

  it('migrates records written with an older scene-card version and writes them back', () => {
    const doc = new Y.Doc()
    initializeBoardDoc(doc, { title: 'Old', records: [], sequence: [] }, 0)
    const old = card(CARD_IDS[0]!, 0, 'Old card') as TLShape & {
      props: { spec: Record<string, unknown> }
    }
    delete old.props.spec.seed
    const schema = boardSchema.serialize() as { sequences: Record<string, number> }
    doc.transact(() => {
      recordsArray(doc).push([{ key: old.id, val: old }])
      doc.getMap('meta').set('schema', {
        ...schema,
        sequences: { ...schema.sequences, 'com.tldraw.shape.scene-card': 0 },
      })
    })
    const store = newStore()
    bindStoreToDoc(store, doc)
    expect(store.get(old.id)).toMatchObject({ props: { spec: { seed: 1 } } })
    expect(docRecords(doc).find((record) => record.id === old.id)).toMatchObject({
      props: { spec: { seed: 1 } },
    })
  })

  it('two stores bound through two docs converge after random concurrent edits', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 60 }), (commands) => {
        const seed = seedDoc()
        const peers: [Peer, Peer] = [newPeer(seed), newPeer(seed)]
        for (const command of commands) run(peers, command)
        for (let round = 0; round < 3; round++) {
          deliver(peers[0], peers[1])
          deliver(peers[1], peers[0])
          peers[0].store._flushHistory()
          peers[1].store._flushHistory()
        }
        const [a, b] = peers
        expect(documentRecords(a.store)).toEqual(documentRecords(b.store))
        expect(documentRecords(a.store)).toEqual(docRecords(a.doc))
        expect(a.sequence.getOrder()).toEqual(b.sequence.getOrder())
        expect([...a.sequence.getOrder()].sort()).toEqual(
          documentRecords(a.store)
            .filter(isSceneCard)
            .map((record) => record.id)
            .sort(),
        )
      }),
      { numRuns: 150 },
    )
  })
})
