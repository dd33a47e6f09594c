/**
 * Invalid content sent by a real y-websocket client to a real server: refused, compensated,
 * reported to the sender, never seen by others, never stored.
 */
import {
  META_KEYS,
  checkBoardRecord,
  metaMap,
  recordsArray,
  sequenceArray,
  type RejectionNotice,
  DOC_LAYOUT_VERSION,
} from '@sceneboard/shared'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sceneCard, withSpec, type PlainRecord } from '../testing/board-records.js'
import type { TestClient } from '../testing/test-client.js'
import { syncedClient } from '../testing/test-client.js'
import {
  createBoardOver,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

/** Appears only inside refused content, to look for it in storage afterwards. */
const MARKER = 'REFUSED-CONTENT-MARKER'

let server: TestServer
let boardId: string
const clients: TestClient[] = []

async function join(): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

/** Every value `client`'s YKeyValue ever held for `key`, in order. */
function history(client: TestClient, key: string): Array<Record<string, unknown> | undefined> {
  const values: Array<Record<string, unknown> | undefined> = []
  client.kv.on('change', (changes: Map<string, { newValue?: Record<string, unknown> }>) => {
    const change = changes.get(key)
    if (change) values.push(change.newValue)
  })
  return values
}

async function storedBytes(): Promise<Buffer> {
  const stored = (await server.app.storage.loadBoard(boardId))!
  return Buffer.concat([stored.snapshot ?? new Uint8Array(), ...stored.updates])
}

async function expectRefused(sender: TestClient, write: () => void): Promise<RejectionNotice> {
  const notice = sender.nextRejection()
  write()
  return notice
}

beforeEach(async () => {
  server = await startTestServer()
  boardId = await createBoardOver(server.url, { title: 'Validation' })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

afterAll(removeTempDirs)

describe('record validation', () => {
  it('VAL-1 VAL-2 VAL-7 an unknown shape type is refused; the sender converges back, others never see it', async () => {
    const a = await join()
    const b = await join()
    const card = sceneCard('shape:card', { title: 'The rock' })
    a.kv.set(card.id, card)
    await b.until(() => b.record(card.id) !== undefined)
    const seenByB = history(b, card.id)

    const notice = await expectRefused(a, () =>
      a.kv.set(card.id, { ...card, type: 'spaceship', props: { title: MARKER } }),
    )
    expect(notice.ids).toEqual([card.id])
    expect(notice.reasons[0]).toMatch(/spaceship/)
    await a.until(() => a.record(card.id)?.type === 'scene-card')
    expect(a.record(card.id)).toEqual(card)
    expect(a.provider.wsconnected).toBe(true)

    // Later edits from the same client still apply.
    const later = sceneCard(card.id, { title: 'The rock, later' })
    a.kv.set(card.id, later)
    await b.until(() => JSON.stringify(b.record(card.id)) === JSON.stringify(later))
    expect(seenByB.every((value) => value?.type === 'scene-card')).toBe(true)
    expect(recordsArray(a.doc).length).toBe(recordsArray(b.doc).length)
    expect((await storedBytes()).includes(MARKER)).toBe(false)

    // The stored board replays to a valid state after a restart.
    for (const client of clients.splice(0)) client.destroy()
    server = await server.restart()
    const fresh = await join()
    expect(fresh.record(card.id)).toEqual(later)
    for (const entry of recordsArray(fresh.doc).toArray()) {
      expect(checkBoardRecord(entry.val).ok, entry.key).toBe(true)
    }
  })

  it('VAL-1 VAL-2 invalid scene-card props (cameraMovement "fly") roll back to the last valid props', async () => {
    const a = await join()
    const b = await join()
    const card = sceneCard('shape:card', {
      spec: { cameraMovement: 'dolly-in', subject: 'a keeper' },
    })
    a.kv.set(card.id, card)
    await b.until(() => b.record(card.id) !== undefined)
    const seenByB = history(b, card.id)

    const notice = await expectRefused(a, () =>
      a.kv.set(card.id, withSpec(card, { cameraMovement: 'fly', subject: MARKER })),
    )
    expect(notice.ids).toEqual([card.id])
    expect(notice.reasons[0]).toMatch(/cameraMovement/)
    await a.until(() => JSON.stringify(a.record(card.id)) === JSON.stringify(card))

    const edited = withSpec(card, { cameraMovement: 'orbit-left' })
    a.kv.set(card.id, edited)
    await b.until(() => JSON.stringify(b.record(card.id)) === JSON.stringify(edited))
    expect(
      seenByB.map(
        (value) => (value?.props as { spec: { cameraMovement: string } }).spec.cameraMovement,
      ),
    ).not.toContain('fly')
    expect((await storedBytes()).includes(MARKER)).toBe(false)
  })

  it('VAL-2 a record that was never valid is removed, and so is one whose key is not its id', async () => {
    const a = await join()
    const notice = await expectRefused(a, () => {
      a.doc.transact(() => {
        a.kv.set('shape:new', withSpec(sceneCard('shape:new'), { aspectRatio: '3:1' }))
        a.kv.set('shape:alias', sceneCard('shape:real'))
        a.kv.set('shape:fine', sceneCard('shape:fine'))
      })
    })
    expect(notice.ids.sort()).toEqual(['shape:alias', 'shape:new'])
    await a.until(
      () => a.record('shape:new') === undefined && a.record('shape:alias') === undefined,
    )
    expect(a.record('shape:fine')).toBeDefined()
    const b = await join()
    expect(b.record('shape:new')).toBeUndefined()
    expect(b.record('shape:alias')).toBeUndefined()
    expect(b.record('shape:fine')).toBeDefined()
  })

  it('VAL-4 sequence entries that are not scene-card ids are removed; valid ones stay', async () => {
    const a = await join()
    a.kv.set('shape:one', sceneCard('shape:one'))
    const notice = await expectRefused(a, () =>
      sequenceArray(a.doc).push(['shape:one', 'page:page', 42 as unknown as string, MARKER]),
    )
    expect(notice.ids).toEqual(['sequence'])
    expect(notice.reasons).toHaveLength(1)
    await a.until(() => sequenceArray(a.doc).length === 1)
    expect(sequenceArray(a.doc).toArray()).toEqual(['shape:one'])
    const b = await join()
    expect(sequenceArray(b.doc).toArray()).toEqual(['shape:one'])
    expect((await storedBytes()).includes(MARKER)).toBe(false)
  })

  it('VAL-5 meta keeps its types: bad values and removals roll back, unknown keys go', async () => {
    const a = await join()
    const notice = await expectRefused(a, () =>
      a.doc.transact(() => {
        const meta = metaMap(a.doc)
        meta.set(META_KEYS.title, MARKER.repeat(20))
        meta.set(META_KEYS.layoutVersion, 'one')
        meta.delete(META_KEYS.createdAt)
        meta.set('favouriteColour', 'teal')
      }),
    )
    expect(notice.ids.sort()).toEqual([
      'meta.createdAt',
      'meta.favouriteColour',
      'meta.layoutVersion',
      'meta.title',
    ])
    const meta = metaMap(a.doc)
    await a.until(() => meta.get(META_KEYS.title) === 'Validation')
    expect(meta.get(META_KEYS.layoutVersion)).toBe(DOC_LAYOUT_VERSION)
    expect(typeof meta.get(META_KEYS.createdAt)).toBe('number')
    expect(meta.has('favouriteColour')).toBe(false)

    a.doc.transact(() => meta.set(META_KEYS.title, 'Renamed'))
    const b = await join()
    expect(metaMap(b.doc).get(META_KEYS.title)).toBe('Renamed')
    const summary = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as {
      title: string
    }
    expect(summary.title).toBe('Renamed')
  })

  it('VAL-5 the shot numbering setting takes one of its styles, else rolls back', async () => {
    const a = await join()
    const meta = metaMap(a.doc)
    a.doc.transact(() => meta.set(META_KEYS.shotNumbering, 'scene-letter'))
    const notice = await expectRefused(a, () =>
      a.doc.transact(() => meta.set(META_KEYS.shotNumbering, '1A')),
    )
    expect(notice.ids).toEqual(['meta.shotNumbering'])
    expect(notice.reasons[0]).toContain('plain, scene-letter, scene-dot')
    await a.until(() => meta.get(META_KEYS.shotNumbering) === 'scene-letter')
    const b = await join()
    expect(metaMap(b.doc).get(META_KEYS.shotNumbering)).toBe('scene-letter')
  })

  it('VAL-6 other root types and nested shared types are removed', async () => {
    const a = await join()
    const notice = await expectRefused(a, () =>
      a.doc.transact(() => {
        a.doc.getMap('secrets').set('note', MARKER)
        recordsArray(a.doc).push([new Y.Map() as unknown as { key: string; val: PlainRecord }])
        metaMap(a.doc).set(META_KEYS.title, new Y.Text(MARKER))
      }),
    )
    expect(notice.ids.sort()).toEqual(['meta.title', 'records', 'secrets'])
    await a.until(
      () =>
        a.doc.getMap('secrets').size === 0 && metaMap(a.doc).get(META_KEYS.title) === 'Validation',
    )
    const b = await join()
    expect(b.doc.getMap('secrets').size).toBe(0)
    expect(
      recordsArray(b.doc)
        .toArray()
        .every((entry) => checkBoardRecord(entry.val).ok),
    ).toBe(true)
    expect((await storedBytes()).includes(MARKER)).toBe(false)
  })
})
