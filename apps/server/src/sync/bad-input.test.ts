import { once } from 'node:events'
import { CLOSE_CODES, MESSAGE_AWARENESS, MESSAGE_SYNC, recordsArray } from '@sceneboard/shared'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sceneCard, withSpec } from '../testing/board-records.js'
import { hardFrameLimit } from './sync-server.js'
import { RawClient, TestClient, closeOfNew, syncedClient } from '../testing/test-client.js'
import {
  createBoardOver,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

const MAX_MESSAGE_BYTES = 64 * 1024

let server: TestServer
const clients: TestClient[] = []

async function join(boardId: string): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** Bystanders on the same board and on another board still edit and sync. */
async function expectBystandersUnaffected(
  sameBoard: TestClient,
  otherBoard: TestClient,
  tag: string,
) {
  const id = `shape:${tag}`
  const watcher = await join(sameBoard.provider.roomname)
  sameBoard.kv.set(id, sceneCard(id, { title: tag }))
  await watcher.until(() => watcher.record(id) !== undefined)
  const otherWatcher = await join(otherBoard.provider.roomname)
  otherBoard.kv.set(id, sceneCard(id, { title: tag }))
  await otherWatcher.until(() => otherWatcher.record(id) !== undefined)
}

beforeEach(async () => {
  server = await startTestServer({ config: { maxMessageBytes: MAX_MESSAGE_BYTES } })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

afterAll(removeTempDirs)

describe('bad input on the sync endpoint', () => {
  it('SYNC-1 an upgrade to any other path is answered with HTTP 404', async () => {
    for (const path of ['/other/abc', '/sync', '/api/boards', '/']) {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`)
      socket.on('error', () => {})
      const [, response] = (await once(socket, 'unexpected-response')) as [
        unknown,
        { statusCode: number },
      ]
      expect(response.statusCode, path).toBe(404)
    }
  })

  it('SYNC-2 board ids outside [A-Za-z0-9_-]{1,64} are closed with 4400 and a reason', async () => {
    for (const id of ['has%20space', 'x'.repeat(65), 'a/b', 'caf%C3%A9', '']) {
      const close = await closeOfNew(`${server.syncUrl}/${id}`)
      expect(close.code, id).toBe(CLOSE_CODES.invalidBoardId)
      expect(close.reason).toMatch(/invalid board id/)
    }
  })

  it('SYNC-2 a board that does not exist is closed with 4404, and a stock provider stops retrying', async () => {
    expect(await closeOfNew(`${server.syncUrl}/no-such-board`)).toEqual({
      code: CLOSE_CODES.boardNotFound,
      reason: 'board not found',
    })
    const client = new TestClient(server.syncUrl, 'no-such-board')
    clients.push(client)
    const closed = await new Promise<{ code: number }>((resolve) =>
      client.provider.once('closed', resolve),
    )
    expect(closed.code).toBe(CLOSE_CODES.boardNotFound)
    expect(client.provider.shouldConnect).toBe(false)
  })

  it('SYNC-6 malformed messages close only their sender with 4422 and a reason', async () => {
    const boardId = await createBoardOver(server.url)
    const otherBoardId = await createBoardOver(server.url)
    const sameBoard = await join(boardId)
    const otherBoard = await join(otherBoardId)

    const malformed: Array<[string, Uint8Array | string, RegExp]> = [
      ['unknown message type', new Uint8Array([7]), /unknown message type 7/],
      ['unreadable varint', new Uint8Array([0xff, 0xff, 0xff]), /unreadable message/],
      [
        'sync payload shorter than its length',
        new Uint8Array([0, 2, 50, 1, 2]),
        /unreadable message/,
      ],
      ['unknown sync message', new Uint8Array([0, 9, 0]), /unknown sync message type 9/],
      ['trailing bytes', new Uint8Array([3, 9]), /unexpected bytes/],
      ['a text frame', 'hello', /expected binary frames/],
      [
        'an update Yjs cannot apply',
        syncUpdateMessage(new Uint8Array([255, 255, 255, 255, 15])),
        /could not be applied/,
      ],
      [
        'an awareness update shorter than its count',
        new Uint8Array([MESSAGE_AWARENESS, 1, 5]),
        /unreadable awareness update/,
      ],
      [
        'bytes after an awareness update',
        new Uint8Array([MESSAGE_AWARENESS, 2, 0, 9]),
        /unexpected bytes after the awareness update/,
      ],
      [
        'an unreadable state vector',
        new Uint8Array([0, 0, 2, 255, 255]),
        /unreadable state vector/,
      ],
    ]
    for (const [what, frame, reason] of malformed) {
      const raw = await RawClient.open(server.syncUrl, boardId)
      raw.send(frame)
      const close = await raw.closed()
      expect(close.code, what).toBe(CLOSE_CODES.malformedMessage)
      expect(close.reason, what).toMatch(reason)
    }
    expect(sameBoard.provider.wsconnected).toBe(true)
    expect(otherBoard.provider.wsconnected).toBe(true)
    await expectBystandersUnaffected(sameBoard, otherBoard, 'after-malformed')
  })

  it('SYNC-6 an update that fails part-way is still checked: nothing invalid is kept', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    // A real update carrying an invalid record, cut short inside its delete set: Yjs integrates
    // the record, then throws.
    const author = new Y.Doc()
    Y.applyUpdate(author, Y.encodeStateAsUpdate(watcher.doc))
    const before = Y.encodeStateVector(author)
    recordsArray(author).push([
      { key: 'shape:bad', val: withSpec(sceneCard('shape:bad'), { cameraMovement: 'fly' }) },
    ])
    const update = Y.encodeStateAsUpdate(author, before)
    const raw = await RawClient.open(server.syncUrl, boardId)
    raw.send(syncUpdateMessage(update.slice(0, update.length - 1)))
    expect((await raw.closed()).code).toBe(CLOSE_CODES.malformedMessage)

    const fresh = await join(boardId)
    expect(fresh.record('shape:bad')).toBeUndefined()
    expect(watcher.record('shape:bad')).toBeUndefined()
    // The record was integrated (the author's structs are stored) and removed in the same update:
    // the refused content itself is nowhere in storage.
    const stored = (await server.app.storage.loadBoard(boardId))!
    const replay = new Y.Doc()
    for (const bytes of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(replay, bytes)
    expect(replay.store.clients.has(author.clientID)).toBe(true)
    expect(
      recordsArray(replay)
        .toArray()
        .some((entry) => entry.key === 'shape:bad'),
    ).toBe(false)
    const allBytes = Buffer.concat([stored.snapshot!, ...stored.updates])
    expect(allBytes.includes('shape:bad')).toBe(false)
  })

  it('SYNC-6 a frame over MAX_MESSAGE_BYTES closes its sender with 4413 naming the limit; others carry on', async () => {
    const boardId = await createBoardOver(server.url)
    const otherBoardId = await createBoardOver(server.url)
    const sameBoard = await join(boardId)
    const otherBoard = await join(otherBoardId)
    const raw = await RawClient.open(server.syncUrl, boardId)
    raw.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))
    expect(await raw.closed()).toEqual({
      code: CLOSE_CODES.messageTooBig,
      reason: `message too big: the limit is ${MAX_MESSAGE_BYTES} bytes`,
    })
    await expectBystandersUnaffected(sameBoard, otherBoard, 'after-oversize')
  })

  it('SYNC-6 a stock provider whose update is over the limit is closed with 4413 and does not reconnect', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const client = await join(boardId)
    let connections = 0
    client.provider.on('status', ({ status }) => {
      if (status === 'connected') connections++
    })
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.once('closed', resolve),
    )
    client.doc.getArray<string>('sequence').push(['x'.repeat(MAX_MESSAGE_BYTES + 10)])
    expect((await closed).code).toBe(CLOSE_CODES.messageTooBig)
    expect(client.provider.shouldConnect).toBe(false)
    // Long enough for several reconnect attempts (the test client's backoff is at most 200 ms).
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(connections).toBe(0)
    expect(client.provider.wsconnected).toBe(false)
    expect(watcher.doc.getArray('sequence').length).toBe(0)
  })

  it('SYNC-6 the socket keeps a hard frame limit above MAX_MESSAGE_BYTES, for memory', () => {
    expect(hardFrameLimit(MAX_MESSAGE_BYTES)).toBeGreaterThan(MAX_MESSAGE_BYTES)
    expect(hardFrameLimit(64 * 1024 * 1024)).toBe(128 * 1024 * 1024)
  })
})
