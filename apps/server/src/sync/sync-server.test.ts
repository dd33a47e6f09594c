import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  META_KEYS,
  metaMap,
  sequenceArray,
} from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import { once } from 'node:events'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sceneCard } from '../testing/board-records.js'
import { presenceOf } from '../testing/presence-states.js'
import type { TestClient } from '../testing/test-client.js'
import { RawClient, syncedClient } from '../testing/test-client.js'
import {
  createBoardOver,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

let server: TestServer
const clients: TestClient[] = []

async function join(boardId: string): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

beforeEach(async () => {
  server = await startTestServer()
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

afterAll(removeTempDirs)

describe('sync endpoint', () => {
  it('SYNC-3 a stock y-websocket provider joins a board and receives the stored document', async () => {
    const boardId = await createBoardOver(server.url, { title: 'Harbour at dawn' })
    const client = await join(boardId)
    expect(metaMap(client.doc).get(META_KEYS.title)).toBe('Harbour at dawn')
    expect(client.record('document:document')).toMatchObject({ typeName: 'document' })
    expect(client.record('page:page')).toMatchObject({ typeName: 'page', name: 'Page 1' })
  })

  it('SYNC-3 the sample board arrives with its cards in sequence', async () => {
    const boardId = await createBoardOver(server.url, { template: 'sample' })
    const client = await join(boardId)
    const sequence = sequenceArray(client.doc).toArray()
    expect(sequence.length).toBeGreaterThanOrEqual(6)
    for (const id of sequence) expect(client.record(id)).toMatchObject({ type: 'scene-card' })
  })

  it('SYNC-5 two clients editing at once converge', async () => {
    const boardId = await createBoardOver(server.url)
    const a = await join(boardId)
    const b = await join(boardId)
    a.doc.transact(() => {
      a.kv.set('shape:a', sceneCard('shape:a', { title: 'From A' }))
      sequenceArray(a.doc).push(['shape:a'])
    })
    b.doc.transact(() => {
      b.kv.set('shape:b', sceneCard('shape:b', { title: 'From B' }))
      sequenceArray(b.doc).push(['shape:b'])
    })
    await a.until(() => a.record('shape:b') !== undefined)
    await b.until(() => b.record('shape:a') !== undefined)
    expect(a.kv.get('shape:b')).toEqual(b.kv.get('shape:b'))
    expect(sequenceArray(a.doc).toArray()).toEqual(sequenceArray(b.doc).toArray())
    expect(sequenceArray(a.doc).toArray()).toHaveLength(2)

    // Concurrent edits of one record: both replicas settle on one value.
    a.kv.set('shape:a', sceneCard('shape:a', { title: 'Edited by A' }))
    b.kv.set('shape:a', sceneCard('shape:a', { title: 'Edited by B' }))
    const settled = () =>
      JSON.stringify(a.record('shape:a')) === JSON.stringify(b.record('shape:a')) &&
      a.doc.getArray('records').length === b.doc.getArray('records').length
    await a.until(settled)
    await b.until(settled)
    expect(a.rejections).toEqual([])
    expect(b.rejections).toEqual([])
  })

  it('SYNC-5 awareness is relayed to the other clients and removed when a client leaves', async () => {
    const boardId = await createBoardOver(server.url)
    const a = await join(boardId)
    const b = await join(boardId)
    const seen = new Promise<void>((resolve) =>
      b.provider.awareness.on('change', () => {
        if (b.provider.awareness.getStates().get(a.doc.clientID)?.presence?.userName === 'Ada')
          resolve()
      }),
    )
    a.provider.awareness.setLocalStateField(
      'presence',
      presenceOf(a.doc.clientID, { userName: 'Ada' }),
    )
    await seen

    // A late joiner receives the states already present.
    const c = await join(boardId)
    await new Promise<void>((resolve) => {
      const check = () => {
        if (c.provider.awareness.getStates().get(a.doc.clientID)?.presence?.userName === 'Ada')
          resolve()
      }
      check()
      c.provider.awareness.on('change', check)
    })

    const gone = new Promise<void>((resolve) =>
      b.provider.awareness.on('change', () => {
        if (!b.provider.awareness.getStates().has(a.doc.clientID)) resolve()
      }),
    )
    a.provider.disconnect()
    await gone
  })

  it('SYNC-5 a query-awareness message is answered with every state', async () => {
    const boardId = await createBoardOver(server.url)
    const a = await join(boardId)
    const room = server.app.sync.room(boardId)!
    const arrived = new Promise<void>((resolve) =>
      room.awareness.on('change', () => {
        if (room.awareness.getStates().get(a.doc.clientID)?.presence?.userName === 'Ada') resolve()
      }),
    )
    a.provider.awareness.setLocalStateField(
      'presence',
      presenceOf(a.doc.clientID, { userName: 'Ada' }),
    )
    await arrived
    const raw = await RawClient.open(server.syncUrl, boardId)
    const isAwareness = (message: Uint8Array) => message[0] === MESSAGE_AWARENESS
    await raw.message(isAwareness) // every state, sent on joining
    const before = raw.messages.length
    raw.send(new Uint8Array([MESSAGE_QUERY_AWARENESS]))
    const answer = decoding.createDecoder(await raw.message(isAwareness, before))
    decoding.readVarUint(answer)
    expect(new TextDecoder().decode(decoding.readVarUint8Array(answer))).toContain('Ada')
    raw.close()
  })

  it('SYNC-9 a change made by the server itself is checked, stored and reaches clients', async () => {
    const boardId = await createBoardOver(server.url)
    const client = await join(boardId)
    const room = server.app.sync.room(boardId)!
    const refused = room.transact((doc) => {
      metaMap(doc).set(META_KEYS.title, 'Renamed by the server')
      metaMap(doc).set('colour', 'teal')
    })
    expect(refused.map((rejection) => rejection.id)).toEqual(['meta.colour'])
    await client.until(() => metaMap(client.doc).get(META_KEYS.title) === 'Renamed by the server')
    expect(metaMap(client.doc).has('colour')).toBe(false)
    const response = await fetch(`${server.url}/api/boards/${boardId}`)
    expect(((await response.json()) as { title: string }).title).toBe('Renamed by the server')
  })

  it('SYNC-7 a room unloads after its last client leaves and loads again for the next one', async () => {
    const boardId = await createBoardOver(server.url)
    const a = await join(boardId)
    a.kv.set('shape:a', sceneCard('shape:a'))
    const unloaded = once(server.app.sync, 'room-unloaded')
    a.destroy()
    await unloaded
    expect(server.app.sync.room(boardId)).toBeUndefined()
    const b = await join(boardId)
    expect(b.record('shape:a')).toMatchObject({ type: 'scene-card' })
  })
})
