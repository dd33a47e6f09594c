import { CLOSE_CODES, SAMPLE_BOARD_TITLE } from '@sceneboard/shared'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncedClient } from '../testing/test-client.js'
import { removeTempDirs, startTestServer, type TestServer } from '../testing/test-server.js'

let server: TestServer

beforeEach(async () => {
  server = await startTestServer()
})

afterEach(async () => {
  await server.close()
})

afterAll(removeTempDirs)

async function api(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, init)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

function post(body: unknown, contentType = 'application/json') {
  return api('/api/boards', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

describe('HTTP API', () => {
  it('GET /healthz answers 200 when the server is ready', async () => {
    expect(await api('/healthz')).toEqual({ status: 200, body: { status: 'ok' } })
  })

  it('POST /api/boards creates a board: 201 {id, url}, listed with its summary', async () => {
    const created = await post({ title: '  Night ferry  ' })
    expect(created.status).toBe(201)
    const { id, url } = created.body as { id: string; url: string }
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/)
    expect(url).toBe(`/b/${id}`)

    const summary = await api(`/api/boards/${id}`)
    expect(summary.status).toBe(200)
    expect(summary.body).toEqual({
      id,
      title: 'Night ferry',
      url: `/b/${id}`,
      cardCount: 0,
      createdAt: expect.stringMatching(ISO_TIME),
      updatedAt: expect.stringMatching(ISO_TIME),
    })
    expect(await api('/api/boards')).toEqual({ status: 200, body: { boards: [summary.body] } })
  })

  it('POST /api/boards with no body, or {}, creates an untitled board', async () => {
    const bare = await api('/api/boards', { method: 'POST' })
    expect(bare.status).toBe(201)
    const empty = await post({})
    expect(empty.status).toBe(201)
    const { body } = await api(`/api/boards/${(empty.body as { id: string }).id}`)
    expect(body).toMatchObject({ title: 'Untitled board', cardCount: 0 })
  })

  it('POST /api/boards {template: "sample"} creates the sample film with its cards', async () => {
    const created = await post({ template: 'sample' })
    expect(created.status).toBe(201)
    const { body } = await api(`/api/boards/${(created.body as { id: string }).id}`)
    expect(body).toMatchObject({ title: SAMPLE_BOARD_TITLE })
    expect((body as { cardCount: number }).cardCount).toBeGreaterThanOrEqual(6)
    const titled = await post({ template: 'sample', title: 'My copy' })
    expect((await api(`/api/boards/${(titled.body as { id: string }).id}`)).body).toMatchObject({
      title: 'My copy',
    })
  })

  it('GET /api/boards lists the most recently changed board first', async () => {
    const first = (await post({ title: 'First' })).body as { id: string }
    const second = (await post({ title: 'Second' })).body as { id: string }
    let list = (await api('/api/boards')).body as { boards: Array<{ id: string }> }
    expect(list.boards.map((board) => board.id)).toEqual([second.id, first.id])

    const editor = await syncedClient(server.syncUrl, first.id)
    const watcher = await syncedClient(server.syncUrl, first.id)
    editor.doc.getMap('meta').set('title', 'First, edited')
    // Summaries are stored with the update, before anyone receives it.
    await watcher.until(() => watcher.doc.getMap('meta').get('title') === 'First, edited')
    list = (await api('/api/boards')).body as { boards: Array<{ id: string }> }
    expect(list.boards.map((board) => board.id)).toEqual([first.id, second.id])
    expect(list.boards[0]).toMatchObject({ title: 'First, edited' })
    editor.destroy()
    watcher.destroy()
  })

  it('bad requests answer 4xx with a JSON error body', async () => {
    const tooLong = await post({ title: 'x'.repeat(201) })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toMatchObject({
      error: { code: 'invalid_request', details: { fieldErrors: { title: [expect.any(String)] } } },
    })
    expect((await post({ template: 'western' })).body).toMatchObject({
      error: {
        code: 'invalid_request',
        details: { fieldErrors: { template: [expect.any(String)] } },
      },
    })
    expect((await post({ title: 'ok', colour: 'red' })).status).toBe(400)
    expect((await post([1, 2])).status).toBe(400)
    expect(await post('{"title": ', 'application/json')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_json' } },
    })
    expect(await post('title=x', 'text/plain')).toMatchObject({
      status: 415,
      body: { error: { code: 'unsupported_media_type' } },
    })
    expect(await post('title=x', 'application/x-www-form-urlencoded')).toMatchObject({
      status: 415,
    })
  })

  it('board ids are validated: 400 for malformed ids, 404 for unknown boards', async () => {
    for (const id of ['bad%20id', 'x'.repeat(65), 'caf%C3%A9']) {
      for (const method of ['GET', 'DELETE']) {
        const response = await api(`/api/boards/${id}`, { method })
        expect(response, `${method} ${id}`).toMatchObject({
          status: 400,
          body: { error: { code: 'invalid_board_id' } },
        })
      }
    }
    expect(await api('/api/boards/unknownBoard')).toMatchObject({
      status: 404,
      body: { error: { code: 'board_not_found', message: expect.any(String) } },
    })
    expect((await api('/api/boards/unknownBoard', { method: 'DELETE' })).status).toBe(404)
  })

  it('unknown routes answer 404 with a JSON error body', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['POST', '/api/boards/abc'],
      ['PUT', '/api/boards'],
      ['GET', '/no/such/page'],
    ] as const) {
      const response = await api(path, { method })
      expect(response, `${method} ${path}`).toMatchObject({
        status: 404,
        body: { error: { code: 'not_found' } },
      })
    }
  })

  it('DELETE /api/boards/:id removes the board and closes its live clients with 4404', async () => {
    const { id } = (await post({})).body as { id: string }
    const client = await syncedClient(server.syncUrl, id)
    const closed = client.nextClose()
    expect((await api(`/api/boards/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await closed).code).toBe(CLOSE_CODES.boardNotFound)
    expect((await api(`/api/boards/${id}`)).status).toBe(404)
    expect((await api('/api/boards')).body).toEqual({ boards: [] })
    client.destroy()
  })
})
