import { once } from 'node:events'
import { join as joinPath } from 'node:path'
import { META_KEYS, metaMap, recordsArray, sequenceArray } from '@sceneboard/shared'
import * as Y from 'yjs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { MemoryBoardStorage } from '../storage/memory-storage.js'
import { SQLITE_FILE_NAME, SqliteBoardStorage } from '../storage/sqlite-storage.js'
import { sceneCard } from '../testing/board-records.js'
import { ObservedStorage } from '../testing/observed-storage.js'
import { presenceOf } from '../testing/presence-states.js'
import { TestClient, syncedClient } from '../testing/test-client.js'
import {
  createBoardOver,
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

let server: TestServer | null = null
const clients: TestClient[] = []

async function join(boardId: string): Promise<TestClient> {
  const client = await syncedClient(server!.syncUrl, boardId)
  clients.push(client)
  return client
}

function dropClients(): void {
  for (const client of clients.splice(0)) client.destroy()
}

/** Key -> record JSON, as a YKeyValue reader sees the document. */
function recordsOf(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(
    recordsArray(doc)
      .toArray()
      .map((entry) => [entry.key, JSON.stringify(entry.val)]),
  )
}

async function storedDoc(boardId: string): Promise<Y.Doc> {
  const stored = (await server!.app.storage.loadBoard(boardId))!
  const doc = new Y.Doc()
  for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update)
  return doc
}

/** One update per card, as separate edits. */
function addCards(client: TestClient, count: number, prefix: string): string[] {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const id = `shape:${prefix}${i}`
    client.doc.transact(() => {
      client.kv.set(id, sceneCard(id, { title: `${prefix} ${i}` }))
      sequenceArray(client.doc).push([id])
    })
    ids.push(id)
  }
  return ids
}

afterEach(async () => {
  dropClients()
  await server?.close()
  server = null
})

afterAll(removeTempDirs)

describe('durability', () => {
  it('SYNC-8 a board edited, the server closed and started again on the same DATA_DIR: everything is there', async () => {
    server = await startTestServer()
    const boardId = await createBoardOver(server.url, { title: 'Before restart' })
    const editor = await join(boardId)
    const watcher = await join(boardId)
    const ids = addCards(editor, 5, 'kept')
    editor.doc.transact(() => metaMap(editor.doc).set(META_KEYS.title, 'After restart'))
    await watcher.until(
      () =>
        ids.every((id) => watcher.record(id)) &&
        metaMap(watcher.doc).get('title') === 'After restart',
    )
    const before = recordsOf(watcher.doc)

    dropClients()
    server = await server.restart()
    const fresh = await join(boardId)
    expect(recordsOf(fresh.doc)).toEqual(before)
    expect(sequenceArray(fresh.doc).toArray()).toEqual(ids)
    expect(metaMap(fresh.doc).get(META_KEYS.title)).toBe('After restart')
    const summary = (await (await fetch(`${server.url}/api/boards/${boardId}`)).json()) as Record<
      string,
      unknown
    >
    expect(summary).toMatchObject({ title: 'After restart', cardCount: 5 })
  })

  it('SYNC-7 every COMPACT_EVERY updates the board is compacted, and its content is unchanged', async () => {
    const dataDir = await makeTempDir()
    const storage = new ObservedStorage(new SqliteBoardStorage(joinPath(dataDir, SQLITE_FILE_NAME)))
    server = await startTestServer({ dataDir, config: { compactEvery: 5 }, app: { storage } })
    const boardId = await createBoardOver(server.url)
    const editor = await join(boardId)
    const watcher = await join(boardId)
    const compacted = once(storage, 'compacted')
    const ids = addCards(editor, 12, 'card')
    await watcher.until(() => ids.every((id) => watcher.record(id)))
    await compacted

    const stored = (await storage.loadBoard(boardId))!
    expect(stored.snapshotSeq).toBeGreaterThanOrEqual(5)
    expect(stored.updates.length).toBeLessThan(12)
    expect(recordsOf(await storedDoc(boardId))).toEqual(recordsOf(watcher.doc))

    dropClients()
    server = await server.restart({ app: {} })
    const fresh = await join(boardId)
    expect(recordsOf(fresh.doc)).toEqual(recordsOf(await storedDoc(boardId)))
    expect(sequenceArray(fresh.doc).toArray()).toEqual(ids)
  })

  it('SYNC-7 when its last client leaves, the room unloads and the board is compacted', async () => {
    server = await startTestServer()
    const boardId = await createBoardOver(server.url)
    const editor = await join(boardId)
    const ids = addCards(editor, 3, 'unload')
    const watcher = await join(boardId)
    await watcher.until(() => ids.every((id) => watcher.record(id)))
    const expected = recordsOf(watcher.doc)

    const unloaded = once(server.app.sync, 'room-unloaded')
    dropClients()
    await unloaded
    const stored = (await server.app.storage.loadBoard(boardId))!
    expect(stored.updates).toEqual([])
    expect(stored.snapshotSeq).toBe(stored.lastSeq)
    expect(recordsOf(await storedDoc(boardId))).toEqual(expected)
  })

  it('SYNC-4 a client only ever receives updates that are already stored', async () => {
    const storage = new ObservedStorage(new MemoryBoardStorage())
    server = await startTestServer({ app: { storage } })
    const boardId = await createBoardOver(server.url)
    const stored = await storedDoc(boardId)
    storage.on('appended', (_id, update) => Y.applyUpdate(stored, update))

    const editor = await join(boardId)
    const watcher = await join(boardId)
    // Whenever the watcher receives anything, all of it must already be in storage.
    const unstored: string[] = []
    watcher.doc.on('update', () => {
      const storedState = Y.decodeStateVector(Y.encodeStateVector(stored))
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(watcher.doc))) {
        if (client === watcher.doc.clientID) continue
        if ((storedState.get(client) ?? 0) < clock) unstored.push(`${client}:${clock}`)
      }
    })

    storage.holdAppends()
    const requested = once(storage, 'append-requested')
    addCards(editor, 1, 'held')
    await requested
    const lateJoiner = new TestClient(server.syncUrl, boardId)
    clients.push(lateJoiner)
    // Awareness is never stored, so it overtakes the held update: once the watcher has it, the
    // server has handled everything the editor sent before it.
    const barrierName = () =>
      watcher.provider.awareness.getStates().get(editor.doc.clientID)?.presence?.userName
    const barrier = new Promise<void>((resolve) =>
      watcher.provider.awareness.on('change', () => {
        if (barrierName() === 'barrier') resolve()
      }),
    )
    editor.provider.awareness.setLocalStateField(
      'presence',
      presenceOf(editor.doc.clientID, { userName: 'barrier' }),
    )
    await barrier
    expect(watcher.record('shape:held0')).toBeUndefined()
    expect(lateJoiner.provider.synced).toBe(false)

    storage.release()
    await watcher.until(() => watcher.record('shape:held0') !== undefined)
    await lateJoiner.synced()
    expect(lateJoiner.record('shape:held0')).toBeDefined()
    addCards(editor, 3, 'more')
    await watcher.until(() => watcher.record('shape:more2') !== undefined)
    expect(unstored).toEqual([])
  })
})
