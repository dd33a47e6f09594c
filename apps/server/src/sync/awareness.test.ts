import {
  MESSAGE_AWARENESS,
  MESSAGE_REJECTED,
  rejectionNoticeSchema,
  type RejectionNotice,
} from '@sceneboard/shared'
import * as decoding from 'lib0/decoding'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_CLIENTS_PER_CONNECTION } from './awareness-check.js'
import { awarenessMessage, presenceOf, type RawAwarenessEntry } from '../testing/presence-states.js'
import { RawClient, syncedClient, type TestClient } from '../testing/test-client.js'
import {
  createBoardOver,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

/** The awareness client id the raw sender speaks for. */
const RAW_CLIENT = 900_001

/** How long an owner whose client id is claimed has to answer a ping, here. */
const CLAIM_GRACE_MS = 300

let server: TestServer
const clients: TestClient[] = []
const raws: RawClient[] = []

async function join(boardId: string): Promise<TestClient> {
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  return client
}

async function openRaw(boardId: string, options?: { autoPong: boolean }): Promise<RawClient> {
  const raw = await RawClient.open(server.syncUrl, boardId, options)
  raws.push(raw)
  return raw
}

/** Every state `watcher` has seen for `clientId`, in order (a left client as `null`). */
function statesSeen(watcher: TestClient, clientId: number): unknown[] {
  const seen: unknown[] = []
  watcher.provider.awareness.on('change', () => {
    seen.push(watcher.provider.awareness.getStates().get(clientId) ?? null)
  })
  return seen
}

/** Resolves once `watcher` holds a presence named `name` for `clientId`. */
function untilName(watcher: TestClient, clientId: number, name: string): Promise<void> {
  const awareness = watcher.provider.awareness
  const holds = () => awareness.getStates().get(clientId)?.presence?.userName === name
  return new Promise((resolve) => {
    if (holds()) return resolve()
    const check = () => {
      if (!holds()) return
      awareness.off('change', check)
      resolve()
    }
    awareness.on('change', check)
  })
}

/** The next rejection notice `raw` receives after its first `after` messages. */
async function nextNotice(raw: RawClient, after: number): Promise<RejectionNotice> {
  const message = await raw.message((bytes) => bytes[0] === MESSAGE_REJECTED, after)
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  return rejectionNoticeSchema.parse(JSON.parse(decoding.readVarString(decoder)))
}

/** Resolves once `raw` has received an awareness message carrying a presence named `name`. */
async function relayedBack(raw: RawClient, name: string): Promise<void> {
  const text = new TextDecoder()
  await raw.message(
    (bytes) =>
      bytes[0] === MESSAGE_AWARENESS && text.decode(bytes).includes(`"userName":"${name}"`),
  )
}

function noticesIn(messages: readonly Uint8Array[]): number {
  return messages.filter((bytes) => bytes[0] === MESSAGE_REJECTED).length
}

function rawPresence(clock: number, name: string): RawAwarenessEntry {
  return {
    clientId: RAW_CLIENT,
    clock,
    stateJson: JSON.stringify({ presence: presenceOf(RAW_CLIENT, { userName: name }) }),
  }
}

/** The stored board, to show that awareness never touches it. */
async function storedBoard(boardId: string) {
  await server.app.sync.room(boardId)?.flushed()
  return server.app.storage.loadBoard(boardId)
}

beforeEach(async () => {
  server = await startTestServer({ app: { awarenessClaimGraceMs: CLAIM_GRACE_MS } })
})

afterEach(async () => {
  for (const raw of raws.splice(0)) raw.close()
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

afterAll(removeTempDirs)

describe('awareness states are checked', () => {
  it('SYNC-10 a valid presence reaches the other clients, and their echoes of it are not refused', async () => {
    const boardId = await createBoardOver(server.url)
    const a = await join(boardId)
    const b = await join(boardId)
    const presence = presenceOf(a.doc.clientID, {
      userName: 'Ada Director',
      selectedShapeIds: ['shape:card-1'],
    })
    a.provider.awareness.setLocalStateField('presence', presence)
    await untilName(b, a.doc.clientID, 'Ada Director')
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ presence })

    // A stock client sends back every state it receives; the server must take those echoes (they
    // change nothing) without refusing them. Each side's next state arrives after any notice.
    b.provider.awareness.setLocalStateField('presence', presenceOf(b.doc.clientID))
    await untilName(a, b.doc.clientID, 'Ada Director')
    a.provider.awareness.setLocalStateField('presence', { ...presence, userName: 'Ada again' })
    await untilName(b, a.doc.clientID, 'Ada again')
    expect(a.rejections).toEqual([])
    expect(b.rejections).toEqual([])
  })

  it('SYNC-10 a refused state is not relayed, its sender learns why, and its next valid state is relayed', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const seen = statesSeen(watcher, RAW_CLIENT)
    const storedBefore = await storedBoard(boardId)
    const raw = await openRaw(boardId)

    const huge = 'A'.repeat(100_000)
    const valid = JSON.stringify({ presence: presenceOf(RAW_CLIENT) })
    const bad: Array<[string, string, RegExp]> = [
      [
        'a name that is a number',
        valid.replace('"Ada Director"', '7'),
        /^presence\.userName: .*expected string/,
      ],
      [
        'a huge name',
        valid.replace('Ada Director', huge),
        /^presence\.userName: Too big: .*<=60 characters/,
      ],
      ['a state that is not JSON', '{presence: hello', /^the state is not JSON$/],
      ['a cursor at infinity', valid.replace('"x":620', '"x":1e999'), /^presence\.cursor\.x: /],
      ['a field the web app never sends', '{"user":{"name":"Ada"}}', /Unrecognized key/],
      [
        "a presence record under another client's id",
        JSON.stringify({ presence: presenceOf(RAW_CLIENT + 1) }),
        /^presence\.id: expected instance_presence:900001/,
      ],
    ]
    let clock = 1
    for (const [what, stateJson, reason] of bad) {
      const before = raw.messages.length
      raw.send(awarenessMessage([{ clientId: RAW_CLIENT, clock: clock++, stateJson }]))
      const notice = await nextNotice(raw, before)
      expect(notice.ids, what).toEqual([`awareness:${RAW_CLIENT}`])
      expect(notice.reasons[0], what).toMatch(reason)

      raw.send(awarenessMessage([rawPresence(clock++, `valid after ${what}`)]))
      await untilName(watcher, RAW_CLIENT, `valid after ${what}`)
    }
    // Only the valid states ever reached the watcher, and the room holds the last one.
    expect(
      seen.map((state) => (state as { presence: { userName: string } }).presence.userName),
    ).toEqual(bad.map(([what]) => `valid after ${what}`))
    const room = server.app.sync.room(boardId)!
    expect(room.awareness.getStates().get(RAW_CLIENT)).toEqual({
      presence: presenceOf(RAW_CLIENT, { userName: `valid after ${bad.at(-1)![0]}` }),
    })
    // The sender was told, not closed; the board is untouched.
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
    expect(watcher.provider.wsconnected).toBe(true)
    expect(await storedBoard(boardId)).toEqual(storedBefore)
  })

  it('SYNC-10 an update with one bad state among good ones is dropped whole', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const seen = statesSeen(watcher, RAW_CLIENT)
    const raw = await openRaw(boardId)
    const before = raw.messages.length
    raw.send(
      awarenessMessage([
        rawPresence(1, 'first'),
        { clientId: RAW_CLIENT + 7, clock: 1, stateJson: '{"presence":"not a record"}' },
      ]),
    )
    expect((await nextNotice(raw, before)).ids).toEqual([`awareness:${RAW_CLIENT + 7}`])
    raw.send(awarenessMessage([rawPresence(2, 'second')]))
    await untilName(watcher, RAW_CLIENT, 'second')
    expect(seen).toHaveLength(1)
    expect(watcher.provider.awareness.getStates().has(RAW_CLIENT + 7)).toBe(false)
  })

  it("SYNC-10 a state for a client id another connection speaks for is refused; the owner's stays", async () => {
    const boardId = await createBoardOver(server.url)
    const owner = await join(boardId)
    const watcher = await join(boardId)
    const ownerId = owner.doc.clientID
    const seen = statesSeen(watcher, ownerId)
    owner.provider.awareness.setLocalStateField(
      'presence',
      presenceOf(ownerId, { userName: 'Ada' }),
    )
    await untilName(watcher, ownerId, 'Ada')
    const raw = await openRaw(boardId)

    // A newer state, valid in itself, under the owner's id; then an attempt to remove it.
    const impostor = JSON.stringify({ presence: presenceOf(ownerId, { userName: 'Mallory' }) })
    for (const stateJson of [impostor, 'null']) {
      const before = raw.messages.length
      raw.send(awarenessMessage([{ clientId: ownerId, clock: 1_000, stateJson }]))
      expect(await nextNotice(raw, before)).toEqual({
        ids: [`awareness:${ownerId}`],
        reasons: [`client ${ownerId} belongs to another connection`],
      })
    }

    // An entry that changes nothing (the clock the room already holds) may name anyone: it is
    // what every stock client sends back. Then the sender's own state is relayed.
    const room = server.app.sync.room(boardId)!
    const held = room.awareness.meta.get(ownerId)!.clock
    const noticesBefore = noticesIn(raw.messages)
    raw.send(awarenessMessage([{ clientId: ownerId, clock: held, stateJson: impostor }]))
    raw.send(awarenessMessage([rawPresence(1, 'Raw')]))
    await untilName(watcher, RAW_CLIENT, 'Raw')
    await relayedBack(raw, 'Raw')
    expect(noticesIn(raw.messages)).toBe(noticesBefore)

    expect(seen.every((state) => JSON.stringify(state).includes('"Ada"'))).toBe(true)
    expect(room.awareness.getStates().get(ownerId)?.presence?.userName).toBe('Ada')
    expect(watcher.provider.awareness.getStates().get(ownerId)?.presence?.userName).toBe('Ada')
    expect(owner.rejections).toEqual([])
  })

  it('SYNC-10 a client id is free again once the connection that spoke for it has left', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const first = await openRaw(boardId)
    first.send(awarenessMessage([rawPresence(1, 'first socket')]))
    await untilName(watcher, RAW_CLIENT, 'first socket')
    const second = await openRaw(boardId)
    const before = second.messages.length
    second.send(awarenessMessage([rawPresence(2, 'second socket')]))
    expect((await nextNotice(second, before)).reasons).toEqual([
      `client ${RAW_CLIENT} belongs to another connection`,
    ])

    first.close()
    await new Promise<void>((resolve) =>
      watcher.provider.awareness.on('change', () => {
        if (!watcher.provider.awareness.getStates().has(RAW_CLIENT)) resolve()
      }),
    )
    const clock = server.app.sync.room(boardId)!.awareness.meta.get(RAW_CLIENT)!.clock
    second.send(awarenessMessage([rawPresence(clock + 1, 'second socket')]))
    await untilName(watcher, RAW_CLIENT, 'second socket')
  })

  it('SYNC-11 a claimed client id whose connection does not answer a ping passes to the claimant after the grace', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const seen = statesSeen(watcher, RAW_CLIENT)
    // The socket a browser leaves behind when its network drops: open, but it answers nothing.
    const halfDead = await openRaw(boardId, { autoPong: false })
    halfDead.send(awarenessMessage([rawPresence(1, 'before the drop')]))
    await untilName(watcher, RAW_CLIENT, 'before the drop')

    // The same page comes back on a new connection, with the same client id.
    const back = await openRaw(boardId)
    const before = back.messages.length
    const claimedAt = Date.now()
    back.send(awarenessMessage([rawPresence(2, 'after the drop')]))
    expect((await nextNotice(back, before)).reasons).toEqual([
      `client ${RAW_CLIENT} belongs to another connection`,
    ])

    // The old socket is dropped after the grace; the refused state is then applied without being
    // sent again, and reaches the other clients.
    const [dropped] = await Promise.all([
      halfDead.closed(),
      untilName(watcher, RAW_CLIENT, 'after the drop'),
    ])
    expect(dropped.code).toBe(1006)
    expect(Date.now() - claimedAt).toBeGreaterThanOrEqual(CLAIM_GRACE_MS - 20)
    expect(
      seen.map(
        (state) => (state as { presence?: { userName: string } } | null)?.presence?.userName,
      ),
    ).toEqual(['before the drop', undefined, 'after the drop'])

    // The client id is the new connection's now: its next state is taken at once.
    const noticesBefore = noticesIn(back.messages)
    back.send(awarenessMessage([rawPresence(3, 'moving on')]))
    await untilName(watcher, RAW_CLIENT, 'moving on')
    expect(noticesIn(back.messages)).toBe(noticesBefore)
  })

  it('SYNC-11 a claimed client id whose connection answers the ping stays with it, and the claim stays refused', async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const owner = await openRaw(boardId)
    owner.send(awarenessMessage([rawPresence(1, 'the owner')]))
    await untilName(watcher, RAW_CLIENT, 'the owner')
    const seen = statesSeen(watcher, RAW_CLIENT)

    const impostor = await openRaw(boardId)
    const pinged = once(owner.socket, 'ping')
    let before = impostor.messages.length
    impostor.send(awarenessMessage([rawPresence(2, 'the impostor')]))
    expect((await nextNotice(impostor, before)).ids).toEqual([`awareness:${RAW_CLIENT}`])
    await pinged
    // Nothing happens when the grace is over: the owner answered.
    await sleep(CLAIM_GRACE_MS * 2)
    expect(owner.socket.readyState).toBe(owner.socket.OPEN)

    before = impostor.messages.length
    impostor.send(awarenessMessage([rawPresence(3, 'the impostor again')]))
    expect((await nextNotice(impostor, before)).reasons).toEqual([
      `client ${RAW_CLIENT} belongs to another connection`,
    ])
    owner.send(awarenessMessage([rawPresence(4, 'the owner still')]))
    await untilName(watcher, RAW_CLIENT, 'the owner still')
    expect(
      seen.map((state) => (state as { presence: { userName: string } }).presence.userName),
    ).toEqual(['the owner still'])
  })

  it(`SYNC-11 a connection speaks for at most ${MAX_CLIENTS_PER_CONNECTION} client ids; echoes of other connections' states do not count`, async () => {
    const boardId = await createBoardOver(server.url)
    const watcher = await join(boardId)
    const many = await openRaw(boardId)
    const ids = Array.from({ length: MAX_CLIENTS_PER_CONNECTION + 1 }, (_, i) => RAW_CLIENT + i)
    const stateOf = (clientId: number, name: string) =>
      JSON.stringify({ presence: presenceOf(clientId, { userName: name }) })
    const entriesFor = (clientIds: number[], clock: number, name: string) =>
      clientIds.map((clientId) => ({ clientId, clock, stateJson: stateOf(clientId, name) }))

    many.send(awarenessMessage(entriesFor(ids.slice(0, -1), 1, 'one of many')))
    await untilName(watcher, ids.at(-2)!, 'one of many')

    // Another connection echoes all of them (as a stock client does) beside its own state.
    const echoing = await openRaw(boardId)
    const own = RAW_CLIENT + 100
    echoing.send(
      awarenessMessage([
        ...entriesFor(ids.slice(0, -1), 1, 'one of many'),
        ...entriesFor([own], 1, 'echoing'),
      ]),
    )
    await untilName(watcher, own, 'echoing')
    expect(noticesIn(echoing.messages)).toBe(0)

    // One more client id is too many; after one is removed, it fits.
    const last = ids.at(-1)!
    const before = many.messages.length
    many.send(awarenessMessage(entriesFor([last], 1, 'one too many')))
    expect(await nextNotice(many, before)).toEqual({
      ids: [`awareness:${last}`],
      reasons: [`a connection may speak for at most ${MAX_CLIENTS_PER_CONNECTION} client ids`],
    })
    expect(watcher.provider.awareness.getStates().has(last)).toBe(false)
    many.send(awarenessMessage([{ clientId: ids[0]!, clock: 2, stateJson: 'null' }]))
    many.send(awarenessMessage(entriesFor([last], 1, 'fits now')))
    await untilName(watcher, last, 'fits now')
    expect(watcher.provider.awareness.getStates().has(ids[0]!)).toBe(false)
  })
})
