import { defaultShotSpec, takesArray, type Take } from '@sceneboard/shared'
import { describe, expect, it, vi } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { TakesModel } from './takes-model.js'

function take(id: string, cardId: string, overrides: Partial<Take> = {}): Take {
  return {
    id: `take:${id}`,
    cardId,
    jobId: `job-${id}`,
    status: 'queued',
    progress: 0,
    error: null,
    provider: 'previs',
    model: 'previs-1',
    seed: 1,
    spec: defaultShotSpec(),
    prompt: 'A wide shot.',
    adjustments: [],
    origin: { kind: 'generate' },
    requestedBy: { id: 'u1', name: 'Ada' },
    createdAt: 1,
    finishedAt: null,
    clip: null,
    ...overrides,
  }
}

/** The server's side of a board: it writes takes, and the client's doc receives its updates. */
function board() {
  const server = new Y.Doc()
  const client = new Y.Doc()
  server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update, 'network'))
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') Y.applyUpdate(server, update, 'network')
  })
  const serverTakes = new YKeyValue<unknown>(takesArray<unknown>(server))
  const write = (value: Take | Record<string, unknown>, key = String(value.id)) =>
    server.transact(() => serverTakes.set(key, value))
  return { server, client, serverTakes, write }
}

const A = 'shape:a'
const B = 'shape:b'

describe('TakesModel', () => {
  it('reads the takes already in the document, grouped by card, newest first', () => {
    const { client, write } = board()
    write(take('old', A, { createdAt: 1 }))
    write(take('new', A, { createdAt: 5 }))
    write(take('other', B, { createdAt: 3 }))
    const model = new TakesModel(client)
    expect(model.getCardTakes(A).map((t) => t.id)).toEqual(['take:new', 'take:old'])
    expect(model.getCardTakes(B).map((t) => t.id)).toEqual(['take:other'])
    expect(model.getCardTakes('shape:none')).toEqual([])
  })

  it('follows a take from queued through running to succeeded', () => {
    const { client, write } = board()
    const model = new TakesModel(client)
    write(take('one', A))
    expect(model.getCardTakes(A)[0]?.status).toBe('queued')
    write(take('one', A, { status: 'running', progress: 0.4 }))
    expect(model.getCardTakes(A)[0]).toMatchObject({ status: 'running', progress: 0.4 })
    write(take('one', A, { status: 'succeeded', progress: 1, finishedAt: 9 }))
    expect(model.getCardTakes(A)).toHaveLength(1)
    expect(model.getTake('take:one')?.status).toBe('succeeded')
  })

  it('keeps the same array for a card whose takes did not change', () => {
    const { client, write } = board()
    write(take('a1', A))
    write(take('b1', B))
    const model = new TakesModel(client)
    const before = model.getCardTakes(A)
    const emptyBefore = model.getCardTakes('shape:none')
    write(take('b1', B, { status: 'running', progress: 0.5 }))
    expect(model.getCardTakes(A)).toBe(before)
    expect(model.getCardTakes('shape:none')).toBe(emptyBefore)
    write(take('a1', A, { status: 'running', progress: 0.1 }))
    expect(model.getCardTakes(A)).not.toBe(before)
  })

  it('notifies the listeners of the cards that changed, and only those', () => {
    const { client, write } = board()
    const model = new TakesModel(client)
    const onA = vi.fn()
    const onB = vi.fn()
    const onAny = vi.fn()
    model.subscribeCard(A, onA)
    const stopB = model.subscribeCard(B, onB)
    model.subscribe(onAny)
    write(take('a1', A))
    expect([onA.mock.calls.length, onB.mock.calls.length, onAny.mock.calls.length]).toEqual([
      1, 0, 1,
    ])
    stopB()
    write(take('b1', B))
    expect(onB).not.toHaveBeenCalled()
    expect(onAny).toHaveBeenCalledTimes(2)
  })

  it('moves a take between cards when the server reassigns it', () => {
    const { client, write } = board()
    const model = new TakesModel(client)
    write(take('t', A))
    const onA = vi.fn()
    model.subscribeCard(A, onA)
    write(take('t', B))
    expect(model.getCardTakes(A)).toEqual([])
    expect(model.getCardTakes(B).map((t) => t.id)).toEqual(['take:t'])
    expect(onA).toHaveBeenCalledTimes(1)
  })

  it('ignores invalid entries, and drops a take that turns invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { client, write } = board()
    const model = new TakesModel(client)
    write({ id: 'take:bad', cardId: A, status: 'done' })
    write(take('mismatch', A), 'take:other-key')
    write(take('good', A))
    expect(model.getCardTakes(A).map((t) => t.id)).toEqual(['take:good'])
    write({ ...take('good', A), progress: 7 })
    expect(model.getCardTakes(A)).toEqual([])
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('deletes a take for everyone', () => {
    const { client, server, write } = board()
    const model = new TakesModel(client)
    const serverModel = new TakesModel(server)
    write(take('one', A))
    write(take('two', A, { createdAt: 2 }))
    expect(model.deleteTake('take:one')).toBe(true)
    expect(model.getCardTakes(A).map((t) => t.id)).toEqual(['take:two'])
    expect(serverModel.getCardTakes(A).map((t) => t.id)).toEqual(['take:two'])
    expect(model.deleteTake('take:one')).toBe(false)
  })

  it('stops listening when disposed', () => {
    const { client, write } = board()
    const model = new TakesModel(client)
    const listener = vi.fn()
    model.subscribe(listener)
    model.dispose()
    write(take('late', A))
    expect(listener).not.toHaveBeenCalled()
  })
})
