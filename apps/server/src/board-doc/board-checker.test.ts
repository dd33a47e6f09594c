/**
 * The BoardChecker on plain Y.Docs, without a network: a "server" doc applies each client update
 * and checks it in the same transaction, exactly as a room does.
 */
import {
  META_KEYS,
  initializeBoardDoc,
  isSceneCard,
  metaMap,
  recordsArray,
  sequenceArray,
} from '@sceneboard/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { applyAmendableUpdate } from '../sync/amendable-update.js'
import type { Rejection } from '../sync/hooks.js'
import { sceneCard, withSpec, type PlainRecord } from '../testing/board-records.js'
import { BoardChecker } from './board-checker.js'
import { checkMetaValue, checkRecordEntry, checkSequenceEntry } from './document-rules.js'

class CheckedDoc {
  readonly doc = new Y.Doc()
  readonly checker: BoardChecker
  readonly loadProblems: Rejection[]

  constructor(initial: Uint8Array) {
    Y.applyUpdate(this.doc, initial)
    this.checker = new BoardChecker(this.doc)
    this.loadProblems = this.checker.indexLoaded('repair')
  }

  receive(update: Uint8Array): Rejection[] {
    const rejections: Rejection[] = []
    const error = applyAmendableUpdate(this.doc, update, 'client', (transaction) =>
      this.checker.check(transaction, (rejection) => rejections.push(rejection)),
    )
    if (error) throw error
    return rejections
  }
}

class Replica {
  readonly doc = new Y.Doc()
  readonly kv = new YKeyValue<PlainRecord>(recordsArray<PlainRecord>(this.doc))
  rejections: Rejection[] = []

  sendTo(server: CheckedDoc): void {
    const update = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(server.doc))
    this.rejections.push(...server.receive(update))
  }

  receiveFrom(server: CheckedDoc): void {
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(server.doc, Y.encodeStateVector(this.doc)))
  }
}

function newBoard(records: PlainRecord[] = []): Uint8Array {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, { title: 'Board', records: records as never, sequence: [] }, 1_000)
  return Y.encodeStateAsUpdate(doc)
}

function entriesOf(doc: Y.Doc): Array<{ key: string; val: PlainRecord }> {
  return recordsArray<PlainRecord>(doc).toArray()
}

/** Everything VAL-1..VAL-6 demand of a document, and the index agreeing with it. */
function expectValidBoard(server: CheckedDoc): void {
  const entries = entriesOf(server.doc)
  for (const entry of entries)
    expect(checkRecordEntry(entry), entry.key).toMatchObject({ ok: true })
  const keys = entries.map((entry) => entry.key)
  expect(new Set(keys).size, 'one entry per key').toBe(keys.length)
  for (const id of sequenceArray(server.doc).toArray()) expect(checkSequenceEntry(id)).toBeNull()
  for (const [key, value] of metaMap(server.doc).entries())
    expect(checkMetaValue(key, value)).toBeNull()
  for (const [name, type] of server.doc.share) {
    if (['records', 'sequence', 'meta'].includes(name)) continue
    expect(
      type._start === null && [...type._map.values()].every((item) => item.deleted),
      name,
    ).toBe(true)
  }
  const index = server.checker.index
  expect(index.size).toBe(entries.length)
  for (const entry of entries) expect(index.value(entry.key)).toBe(entry.val)
  expect(index.sceneCardCount).toBe(
    entries.filter((entry) => isSceneCard(entry.val as { typeName?: string; type?: string }))
      .length,
  )
}

function recordsByKey(replica: Replica): Record<string, string> {
  return Object.fromEntries(
    [...replica.kv.map].map(([key, entry]) => [key, JSON.stringify(entry.val)]),
  )
}

describe('BoardChecker', () => {
  it('VAL-3 concurrent writes of one record leave one entry, the rightmost, everywhere', () => {
    const card = sceneCard('shape:card', { title: 'Before' })
    const server = new CheckedDoc(newBoard([card]))
    const a = new Replica()
    const b = new Replica()
    a.receiveFrom(server)
    b.receiveFrom(server)
    a.kv.set(card.id, sceneCard(card.id, { title: 'From A' }))
    b.kv.set(card.id, sceneCard(card.id, { title: 'From B' }))
    a.sendTo(server)
    b.sendTo(server)
    expect(entriesOf(server.doc).filter((entry) => entry.key === card.id)).toHaveLength(1)
    expect(a.rejections).toEqual([])
    expect(b.rejections).toEqual([])
    for (let round = 0; round < 2; round++) {
      for (const replica of [a, b]) {
        replica.receiveFrom(server)
        replica.sendTo(server)
      }
    }
    expect(recordsByKey(a)).toEqual(recordsByKey(b))
    expect(entriesOf(a.doc).filter((entry) => entry.key === card.id)).toHaveLength(1)
    expect(a.kv.get(card.id)).toEqual(server.checker.index.value(card.id))
    expectValidBoard(server)
  })

  it('VAL-2 a refused replacement restores the last value, as a fresh entry every reader takes', () => {
    const card = sceneCard('shape:card', { title: 'Kept' })
    const server = new CheckedDoc(newBoard([card]))
    const a = new Replica()
    const b = new Replica()
    a.receiveFrom(server)
    b.receiveFrom(server)
    a.kv.set(card.id, withSpec(card, { lens: 3 }))
    a.sendTo(server)
    expect(a.rejections.map((rejection) => rejection.id)).toEqual([card.id])
    a.receiveFrom(server)
    b.receiveFrom(server)
    expect(a.kv.get(card.id)).toEqual(card)
    expect(b.kv.get(card.id)).toEqual(card)
    expect(entriesOf(a.doc)).toEqual(entriesOf(server.doc))
    expectValidBoard(server)
  })

  it('VAL-8 a stored board with invalid content is repaired when loaded', () => {
    const dirty = new Y.Doc()
    Y.applyUpdate(dirty, newBoard([sceneCard('shape:keep')]))
    dirty.transact(() => {
      recordsArray(dirty).push([
        { key: 'shape:bad', val: withSpec(sceneCard('shape:bad'), { cameraMovement: 'fly' }) },
        { key: 'shape:keep', val: sceneCard('shape:keep', { title: 'newer duplicate' }) },
      ])
      sequenceArray(dirty).push(['shape:keep', 'not-a-shape'])
      metaMap(dirty).set('extra', true)
      dirty.getMap('elsewhere').set('x', 1)
    })
    const server = new CheckedDoc(Y.encodeStateAsUpdate(dirty))
    expect(server.loadProblems.map((problem) => problem.id).sort()).toEqual([
      'elsewhere',
      'meta.extra',
      'sequence',
      'shape:bad',
    ])
    expect(server.checker.index.value('shape:keep')).toMatchObject({
      props: { title: 'newer duplicate' },
    })
    expect(sequenceArray(server.doc).toArray()).toEqual(['shape:keep'])
    expectValidBoard(server)
  })

  it('VAL-1..VAL-6 random concurrent edits, valid and not, always leave a valid board all replicas agree on', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = mulberry32(seed)
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
      const server = new CheckedDoc(newBoard([sceneCard('shape:k0')]))
      const replicas = [new Replica(), new Replica(), new Replica()]
      for (const replica of replicas) replica.receiveFrom(server)
      const keys = ['shape:k0', 'shape:k1', 'shape:k2', 'shape:k3']
      const edits: Array<(replica: Replica) => void> = [
        (r) => r.kv.set(pick(keys), sceneCard(pick(keys), { title: `t${random()}` })),
        (r) => {
          const key = pick(keys)
          r.kv.set(key, sceneCard(key, { title: `t${random()}` }))
        },
        (r) => {
          const key = pick(keys)
          r.kv.set(
            key,
            withSpec(
              sceneCard(key),
              pick([{ cameraMovement: 'fly' }, { durationSeconds: -1 }, { lens: 2.5 }]),
            ),
          )
        },
        (r) => {
          const key = pick(keys)
          r.kv.set(key, { ...sceneCard(key), type: 'unknown-shape' })
        },
        (r) => r.kv.delete(pick(keys)),
        (r) => sequenceArray(r.doc).push([pick([...keys, 'page:page', 'junk'])]),
        (r) => {
          if (sequenceArray(r.doc).length > 0) sequenceArray(r.doc).delete(0)
        },
        (r) => metaMap(r.doc).set(META_KEYS.title, pick(['Fine title', 'x'.repeat(300)])),
        (r) => metaMap(r.doc).set(pick([META_KEYS.layoutVersion, 'stray']), pick([1, 2, 'two'])),
      ]
      for (let step = 0; step < 80; step++) {
        const replica = pick(replicas)
        const roll = random()
        if (roll < 0.55) pick(edits)(replica)
        else if (roll < 0.8) replica.sendTo(server)
        else replica.receiveFrom(server)
      }
      for (let round = 0; round < 3; round++) {
        for (const replica of replicas) {
          replica.sendTo(server)
          replica.receiveFrom(server)
        }
      }
      expectValidBoard(server)
      const expected = Object.fromEntries(
        entriesOf(server.doc).map((entry) => [entry.key, JSON.stringify(entry.val)]),
      )
      for (const replica of replicas) {
        expect(recordsByKey(replica), `seed ${seed}`).toEqual(expected)
        expect(Y.encodeStateVector(replica.doc)).toEqual(Y.encodeStateVector(server.doc))
        expect(metaMap(replica.doc).toJSON()).toEqual(metaMap(server.doc).toJSON())
      }
    }
  })
})

/** A small seeded generator, so a failing seed can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
