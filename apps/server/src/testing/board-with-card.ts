/** A new board with one scene card (`shape:card`, in the sequence) that the server already holds. */
import { sceneCard } from './board-records.js'
import { syncedClient, type TestClient } from './test-client.js'
import { createBoardOver, type TestServer } from './test-server.js'

export const CARD_ID = 'shape:card'

/** Resolves once the card is stored; the returned client stays connected (destroy it). */
export async function boardWithCard(
  server: TestServer,
  title = 'Card',
): Promise<{ boardId: string; client: TestClient }> {
  const boardId = await createBoardOver(server.url)
  const client = await syncedClient(server.syncUrl, boardId)
  client.kv.set(CARD_ID, sceneCard(CARD_ID, { title }))
  client.doc.getArray<string>('sequence').push([CARD_ID])
  // A second client sees the card only once the server has stored and sent it.
  const watcher = await syncedClient(server.syncUrl, boardId)
  try {
    await watcher.until(() => watcher.record(CARD_ID) !== undefined)
  } finally {
    watcher.destroy()
  }
  return { boardId, client }
}
