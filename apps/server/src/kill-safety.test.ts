/**
 * The server as users run it, killed with SIGKILL while a client edits: every edit another client
 * had received (the server stores before it broadcasts) is there after a restart.
 */
import { sequenceArray } from '@sceneboard/shared'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { sceneCard } from './testing/board-records.js'
import { ServerProcess } from './testing/server-process.js'
import type { TestClient } from './testing/test-client.js'
import { syncedClient } from './testing/test-client.js'
import { createBoardOver, makeTempDir, removeTempDirs } from './testing/test-server.js'

const processes: ServerProcess[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(processes.splice(0).map((server) => server.kill()))
})

afterAll(removeTempDirs)

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await ServerProcess.start({ DATA_DIR: dataDir })
  processes.push(server)
  return server
}

async function join(server: ServerProcess, boardId: string): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

describe('kill safety', () => {
  it('SYNC-8 after SIGKILL mid-edit, a restarted server has every edit another client received', async () => {
    const dataDir = await makeTempDir()
    const first = await start(dataDir)
    const boardId = await createBoardOver(first.url, { title: 'Kill me' })
    const editor = await join(first, boardId)
    const watcher = await join(first, boardId)

    // The editor keeps editing, one card per turn of the event loop, until the server is killed;
    // the kill comes as soon as the watcher has received 20 cards, with more still in flight.
    const enough = 20
    let acknowledged: string[] = []
    const killed = new Promise<void>((resolve) => {
      watcher.doc.on('update', () => {
        if (acknowledged.length > 0) return
        const received = sequenceArray(watcher.doc).toArray()
        if (received.length < enough) return
        // What the watcher holds at this instant, the server had stored before sending it.
        acknowledged = received.filter((id) => watcher.record(id) !== undefined)
        void first.kill().then(resolve)
      })
    })
    let sent = 0
    const editNext = () => {
      if (acknowledged.length > 0) return
      const id = `shape:edit${sent++}`
      editor.doc.transact(() => {
        editor.kv.set(id, sceneCard(id, { title: `Edit ${sent}` }))
        sequenceArray(editor.doc).push([id])
      })
      setImmediate(editNext)
    }
    editNext()
    await killed
    expect(acknowledged.length).toBeGreaterThanOrEqual(enough)

    const second = await start(dataDir)
    const fresh = await join(second, boardId)
    for (const id of acknowledged)
      expect(fresh.record(id), id).toMatchObject({ props: { title: expect.any(String) } })
    const order = sequenceArray(fresh.doc).toArray()
    expect(order.slice(0, acknowledged.length)).toEqual(acknowledged)
  })

  it('SIGTERM closes cleanly: clients are told, the board is compacted, the process exits 0', async () => {
    const dataDir = await makeTempDir()
    const server = await start(dataDir)
    const boardId = await createBoardOver(server.url)
    const client = await join(server, boardId)
    client.kv.set('shape:kept', sceneCard('shape:kept'))
    const watcher = await join(server, boardId)
    await watcher.until(() => watcher.record('shape:kept') !== undefined)
    const closed = client.nextClose()
    expect(await server.stop()).toBe(0)
    expect((await closed).code).toBe(1001)

    const again = await start(dataDir)
    expect((await join(again, boardId)).record('shape:kept')).toBeDefined()
  })
})
