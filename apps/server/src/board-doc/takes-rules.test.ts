/**
 * The takes root (layout v2) and boards stored by older servers, on plain Y.Docs: the server's
 * own writes go through the checker as `fromClient = false`, a client's as `true`, inside the
 * transaction that applies them, exactly as a room does.
 */
import {
  META_KEYS,
  boardSchema,
  initializeBoardDoc,
  metaMap,
  recordsArray,
  takesArray,
  type Take,
} from '@sceneboard/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { applyAmendableUpdate } from '../sync/amendable-update.js'
import type { Rejection } from '../sync/hooks.js'
import { sceneCard, type PlainRecord } from '../testing/board-records.js'
import { sampleTake } from '../testing/takes.js'
import { BoardChecker } from './board-checker.js'
import { CLIENT_TAKE_WRITE_REASON, checkRecordEntry, checkTakeEntry } from './document-rules.js'
import { migrateLoadedRecords } from './record-migration.js'

class ServerDoc {
  readonly doc = new Y.Doc()
  readonly checker: BoardChecker
  readonly loadProblems: Rejection[]

  constructor(initial: Uint8Array) {
    Y.applyUpdate(this.doc, initial)
    this.checker = new BoardChecker(this.doc)
    this.loadProblems = this.checker.indexLoaded('repair')
  }

  /** A change the server makes itself (as Room.transact does). */
  write(change: (takes: YKeyValue<Take>) => void): Rejection[] {
    const rejections: Rejection[] = []
    Y.transact(
      this.doc,
      (transaction) => {
        change(new YKeyValue(takesArray<Take>(this.doc)))
        this.checker.check(transaction, (rejection) => rejections.push(rejection), false)
      },
      'server',
    )
    return rejections
  }

  receive(update: Uint8Array): Rejection[] {
    const rejections: Rejection[] = []
    const error = applyAmendableUpdate(this.doc, update, 'client', (transaction) =>
      this.checker.check(transaction, (rejection) => rejections.push(rejection), true),
    )
    if (error) throw error
    return rejections
  }
}

class Client {
  readonly doc = new Y.Doc()
  readonly takes = new YKeyValue<Take>(takesArray<Take>(this.doc))
  readonly rejections: Rejection[] = []

  sync(server: ServerDoc): void {
    this.rejections.push(
      ...server.receive(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(server.doc))),
    )
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(server.doc, Y.encodeStateVector(this.doc)))
  }
}

function newBoard(records: PlainRecord[] = []): Uint8Array {
  const doc = new Y.Doc()
  initializeBoardDoc(doc, { title: 'Board', records: records as never, sequence: [] }, 1_000)
  return Y.encodeStateAsUpdate(doc)
}

function serverTakes(server: ServerDoc): Take[] {
  return takesArray<Take>(server.doc)
    .toArray()
    .map((entry) => entry.val)
}

describe('takes in the board document', () => {
  it('VAL-9 the server writes and replaces takes; each key keeps one entry', () => {
    const server = new ServerDoc(newBoard())
    const queued = sampleTake({ status: 'queued', progress: 0, clip: null, finishedAt: null })
    expect(server.write((takes) => takes.set(queued.id, queued))).toEqual([])
    const done = sampleTake()
    expect(server.write((takes) => takes.set(done.id, done))).toEqual([])
    expect(serverTakes(server)).toEqual([done])
    expect(server.checker.takeIndex.value(done.id)).toEqual(done)
  })

  it('VAL-9 a take that fails the take schema is refused even from the server', () => {
    const server = new ServerDoc(newBoard())
    const bad = { ...sampleTake(), status: 'rendering' } as unknown as Take
    const rejections = server.write((takes) => takes.set(bad.id, bad))
    expect(rejections).toEqual([
      { id: bad.id, reason: expect.stringMatching(/invalid take: status/) },
    ])
    expect(serverTakes(server)).toEqual([])
    const misnamed = sampleTake({ id: 'take:other' })
    expect(server.write((takes) => takes.set('take:one', misnamed))[0]?.reason).toMatch(
      /does not match its key/,
    )
  })

  it('VAL-10 a client may not add a take: it is removed and the client told why', () => {
    const server = new ServerDoc(newBoard())
    const client = new Client()
    client.sync(server)
    client.takes.set('take:forged', sampleTake({ id: 'take:forged' }))
    client.sync(server)
    expect(client.rejections).toEqual([{ id: 'take:forged', reason: CLIENT_TAKE_WRITE_REASON }])
    expect(serverTakes(server)).toEqual([])
    expect(client.takes.get('take:forged')).toBeUndefined()
  })

  it('VAL-10 a client change to a take is rolled back to the server value', () => {
    const server = new ServerDoc(newBoard())
    const take = sampleTake()
    server.write((takes) => takes.set(take.id, take))
    const client = new Client()
    client.sync(server)
    client.takes.set(take.id, { ...take, error: 'forged' })
    client.sync(server)
    expect(client.rejections.map((rejection) => rejection.id)).toEqual([take.id])
    expect(serverTakes(server)).toEqual([take])
    expect(client.takes.get(take.id)).toEqual(take)
  })

  it('VAL-10 a client may delete a take, and a later server write does not bring it back', () => {
    const server = new ServerDoc(newBoard())
    const take = sampleTake()
    server.write((takes) => takes.set(take.id, take))
    const client = new Client()
    client.sync(server)
    client.takes.delete(take.id)
    client.sync(server)
    expect(client.rejections).toEqual([])
    expect(serverTakes(server)).toEqual([])
    expect(server.checker.takeIndex.value(take.id)).toBeUndefined()
  })

  it('VAL-8 a stored take that fails the schema is removed on load', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, newBoard())
    takesArray(doc).push([
      { key: 'take:one', val: sampleTake() },
      { key: 'take:two', val: { id: 'take:two' } },
    ])
    const server = new ServerDoc(Y.encodeStateAsUpdate(doc))
    expect(server.loadProblems.map((problem) => problem.id)).toEqual(['take:two'])
    expect(serverTakes(server).map((take) => take.id)).toEqual(['take:one'])
  })

  it('VAL-1 a scene card may select only a take id (take:...)', () => {
    const card = sceneCard('shape:card', { selectedTakeId: 'take:one' })
    expect(checkRecordEntry({ key: card.id, val: card })).toMatchObject({ ok: true })
    const bad = { ...card, props: { ...(card.props as object), selectedTakeId: 'shape:card' } }
    expect(checkRecordEntry({ key: card.id, val: bad })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/selectedTakeId/),
    })
  })

  it('VAL-9 checkTakeEntry names the field a take got wrong', () => {
    const check = checkTakeEntry({ key: 'take:one', val: sampleTake({ progress: 2 }) }, false)
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/progress/) })
  })
})

describe('boards stored by older servers', () => {
  /** A layout-1 board whose cards were written before scene-card v2 (no selectedTakeId). */
  function layoutOneBoard(): Uint8Array {
    const doc = new Y.Doc()
    const card = sceneCard('shape:old', { title: 'Old card' })
    const { selectedTakeId: _dropped, ...oldProps } = card.props as Record<string, unknown>
    initializeBoardDoc(doc, { title: 'Old', records: [], sequence: ['shape:old'] }, 1_000)
    recordsArray(doc).push([{ key: card.id, val: { ...card, props: oldProps } }])
    const schema = boardSchema.serialize()
    const meta = metaMap(doc)
    meta.set(META_KEYS.layoutVersion, 1)
    meta.set(META_KEYS.schema, {
      ...schema,
      sequences: { ...schema.sequences, 'com.tldraw.shape.scene-card': 1 },
    })
    return Y.encodeStateAsUpdate(doc)
  }

  it('VAL-8 cards of an older scene-card version are migrated on load, not removed', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, layoutOneBoard())
    expect(migrateLoadedRecords(doc, 'repair')).toEqual({ status: 'migrated', changed: 1 })
    const checker = new BoardChecker(doc)
    expect(checker.indexLoaded('repair')).toEqual([])
    const card = checker.index.value('shape:old') as unknown as { props: Record<string, unknown> }
    expect(card.props.selectedTakeId).toBeNull()
    expect(card.props.title).toBe('Old card')
    expect(metaMap(doc).get(META_KEYS.schema)).toEqual(boardSchema.serialize())
    expect(recordsArray(doc).length).toBe(3)
    // The layout-1 board has no takes and needs no other change.
    expect(takesArray(doc).length).toBe(0)
    expect(metaMap(doc).get(META_KEYS.layoutVersion)).toBe(1)
    expect(migrateLoadedRecords(doc, 'repair')).toEqual({ status: 'current' })
  })
})
