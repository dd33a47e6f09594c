/**
 * Presence across a lost connection, against the real sync server (a child process on a free
 * port, as users start it) with stock y-websocket clients. Client A runs the web app's reconnect
 * handling (`renewPresenceOnReconnect`, as BoardSession does); B is a plain provider.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import { outdatedTimeout, type Awareness } from 'y-protocols/awareness'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { presenceOf } from '../../../server/src/testing/presence-states.js'
import { ServerProcess } from '../../../server/src/testing/server-process.js'
import { syncedClient, type TestClient } from '../../../server/src/testing/test-client.js'
import { renewPresenceOnReconnect } from './presence-binding.js'

/** How long a client leaves its awareness state alone before renewing it (y-protocols). */
const RENEWAL_MS = outdatedTimeout / 2

let server: ServerProcess
let dataDir: string
const clients: TestClient[] = []
const stops: Array<() => void> = []

beforeAll(async () => {
  dataDir = await mkdtemp(joinPath(tmpdir(), 'sceneboard-web-test-'))
  server = await ServerProcess.start({ DATA_DIR: dataDir })
}, 20_000)

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  for (const client of clients.splice(0)) client.destroy()
})

afterAll(async () => {
  await server?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

async function newBoard(): Promise<string> {
  const response = await fetch(`${server.url}/api/boards`, { method: 'POST' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

async function join(boardId: string): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

/** A client as the web app runs it: its presence is renewed after each reconnect. */
async function joinAsWebApp(boardId: string): Promise<TestClient> {
  const client = await join(boardId)
  stops.push(renewPresenceOnReconnect(client.provider))
  return client
}

function nameIn(awareness: Awareness, clientId: number): string | undefined {
  return (awareness.getStates().get(clientId) as { presence?: { userName?: string } } | undefined)
    ?.presence?.userName
}

/** Resolves once `awareness` shows `name` (or, for `undefined`, nothing) for `clientId`. */
function untilShown(awareness: Awareness, clientId: number, name: string | undefined) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (nameIn(awareness, clientId) !== name) return
      awareness.off('change', check)
      resolve()
    }
    awareness.on('change', check)
    check()
  })
}

/** Publishes `name` as `client`'s presence and resolves once `watcher` shows it. */
async function publish(client: TestClient, name: string, watcher: TestClient): Promise<number> {
  const clientId = client.doc.clientID
  client.provider.awareness.setLocalStateField('presence', presenceOf(clientId, { userName: name }))
  await untilShown(watcher.provider.awareness, clientId, name)
  return Date.now()
}

/**
 * Closes `client`'s socket as a network drop would; resolves once the server has told `watcher`
 * that the client left and the client is synced again on a new socket.
 */
async function dropAndReconnect(client: TestClient, watcher: TestClient): Promise<void> {
  const left = untilShown(watcher.provider.awareness, client.doc.clientID, undefined)
  const closed = client.nextClose()
  client.provider.ws?.close()
  await Promise.all([closed, left])
  await client.synced()
}

it("after A's socket drops and reconnects, B sees A's presence again without A moving", async () => {
  const boardId = await newBoard()
  const a = await joinAsWebApp(boardId)
  const b = await join(boardId)
  const ownClock = () => a.provider.awareness.meta.get(a.doc.clientID)!.clock
  const publishedAt = await publish(a, 'Ada Director', b)
  const clockBefore = ownClock()

  await dropAndReconnect(a, b)
  await untilShown(b.provider.awareness, a.doc.clientID, 'Ada Director')

  // It came with the reconnect, not with the renewal every client makes of an unchanged state.
  expect(Date.now() - publishedAt).toBeLessThan(RENEWAL_MS)
  // One renewal for the one reconnect, and nothing refused.
  expect(ownClock()).toBe(clockBefore + 1)
  expect(a.rejections).toEqual([])
})

it("after A's socket drops and reconnects, A sees B's presence again without B moving", async () => {
  const boardId = await newBoard()
  const a = await joinAsWebApp(boardId)
  const b = await join(boardId)
  const publishedAt = await publish(b, 'Bea Editor', a)

  await dropAndReconnect(a, b)
  await untilShown(a.provider.awareness, b.doc.clientID, 'Bea Editor')
  expect(Date.now() - publishedAt).toBeLessThan(RENEWAL_MS)
})

it('every reconnect renews the presence once', async () => {
  const boardId = await newBoard()
  const a = await joinAsWebApp(boardId)
  const b = await join(boardId)
  await publish(a, 'Ada Director', b)
  const clockBefore = a.provider.awareness.meta.get(a.doc.clientID)!.clock

  for (let drop = 1; drop <= 3; drop++) {
    await dropAndReconnect(a, b)
    await untilShown(b.provider.awareness, a.doc.clientID, 'Ada Director')
    expect(a.provider.awareness.meta.get(a.doc.clientID)!.clock).toBe(clockBefore + drop)
  }
})
