/**
 * Uploads on a real server: files typed by content (never by name or Content-Type), measured,
 * stored, served back; refused with a clear JSON error when empty, too large or not media; and a
 * file dropped on a card becoming its selected take, seen live by a stock client.
 */
import { request as httpRequest } from 'node:http'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultShotSpec, takesArray, type Take } from '@sceneboard/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MEDIA_DIR_NAME } from '../app.js'
import type { IngestedMedia } from '../media/media-ingest.js'
import { sceneCard } from '../testing/board-records.js'
import { boardWithCard } from '../testing/board-with-card.js'
import { makeMediaFixtures, type MediaFixtures } from '../testing/media-fixtures.js'
import type { TestClient } from '../testing/test-client.js'
import {
  createBoardOver,
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'
import type { ErrorBody } from './errors.js'

const MAX_UPLOAD_BYTES = 256 * 1024

let server: TestServer
let media: MediaFixtures
const clients: TestClient[] = []

beforeAll(async () => {
  media = await makeMediaFixtures(await makeTempDir('sceneboard-fixtures-'))
  server = await startTestServer({ config: { maxUploadBytes: MAX_UPLOAD_BYTES } })
})

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

afterAll(async () => {
  await server.close()
  await removeTempDirs()
})

function upload(path: string, body: Uint8Array | string, contentType = 'application/octet-stream') {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  })
}

/** A body sent in chunks without Content-Length, so the limit is found while streaming. */
function uploadChunked(path: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'POST' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    const send = (i: number) => {
      if (i === chunks.length) return req.end()
      req.write(chunks[i], () => setTimeout(() => send(i + 1), 5))
    }
    send(0)
  })
}

async function onCard(): Promise<{ boardId: string; client: TestClient }> {
  const board = await boardWithCard(server, 'Drop here')
  clients.push(board.client)
  return board
}

describe('POST /api/boards/:id/media', () => {
  it('MEDIA-5 takes PNG, JPEG and MP4 by content, whatever the Content-Type says, and serves them back', async () => {
    const boardId = await createBoardOver(server.url)
    const png = await upload(`/api/boards/${boardId}/media`, media.png, 'text/plain')
    expect(png.status).toBe(201)
    const image = (await png.json()) as IngestedMedia
    expect(image).toEqual({
      url: expect.stringMatching(/^\/clips\/[a-f0-9]{64}\.png$/),
      mime: 'image/png',
      kind: 'image',
      bytes: media.png.length,
      width: 320,
      height: 240,
      durationMs: null,
      fps: null,
      posterUrl: image.url,
    })
    const served = await fetch(`${server.url}${image.url}`)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(media.png)

    const jpeg = await (await upload(`/api/boards/${boardId}/media`, media.jpeg)).json()
    expect(jpeg).toMatchObject({ mime: 'image/jpeg', kind: 'image', width: 320, height: 240 })

    const mp4 = await upload(`/api/boards/${boardId}/media`, media.mp4, 'image/png')
    expect(mp4.status).toBe(201)
    const video = (await mp4.json()) as IngestedMedia
    expect(video).toMatchObject({
      mime: 'video/mp4',
      kind: 'video',
      width: 320,
      height: 240,
      durationMs: 1000,
      fps: 24,
      posterUrl: expect.stringMatching(/\.jpg$/),
    })
    const poster = await fetch(`${server.url}${video.posterUrl}`)
    expect(poster.headers.get('content-type')).toBe('image/jpeg')
  })

  it('MEDIA-5 refuses text named .png (415), an empty body (400), and an unknown board (404)', async () => {
    const boardId = await createBoardOver(server.url)
    const text = await upload(
      `/api/boards/${boardId}/media?name=photo.png`,
      'hello there',
      'image/png',
    )
    expect(text.status).toBe(415)
    expect(await text.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message: 'this file is not an image or a video we can play',
      },
    })
    const empty = await upload(`/api/boards/${boardId}/media`, new Uint8Array())
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as ErrorBody).error.code).toBe('empty_file')
    const unknown = await upload('/api/boards/no-such-board/media', media.png)
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('board_not_found')
    const badId = await upload('/api/boards/bad%20id/media', media.png)
    expect(badId.status).toBe(400)
  })

  it('MEDIA-5 refuses a file over MAX_UPLOAD_BYTES with 413, declared or found while streaming, keeping nothing', async () => {
    const boardId = await createBoardOver(server.url)
    const declared = await upload(
      `/api/boards/${boardId}/media`,
      Buffer.alloc(MAX_UPLOAD_BYTES + 1),
    )
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as ErrorBody).error).toMatchObject({
      code: 'file_too_large',
      details: { limit: MAX_UPLOAD_BYTES },
    })
    const chunk = Buffer.alloc(64 * 1024, 1)
    const streamed = await uploadChunked(`/api/boards/${boardId}/media`, [
      media.png,
      chunk,
      chunk,
      chunk,
      chunk,
      chunk,
    ])
    expect(streamed.status).toBe(413)
    expect(JSON.parse(streamed.body).error.code).toBe('file_too_large')
    expect(await readdir(join(server.dataDir, MEDIA_DIR_NAME, '.tmp'))).toEqual([])
  })
})

describe('POST /api/boards/:id/cards/:cardId/takes', () => {
  it('MEDIA-6 makes the file a succeeded, selected take that a stock client sees', async () => {
    const { boardId, client } = await onCard()
    const response = await fetch(
      `${server.url}/api/boards/${boardId}/cards/shape:card/takes?name=${encodeURIComponent('Plate 1.mp4')}`,
      {
        method: 'POST',
        headers: { 'x-requester-name': encodeURIComponent('Zoë'), 'x-requester-id': 'u-7' },
        body: media.mp4,
      },
    )
    expect(response.status).toBe(201)
    const { take } = (await response.json()) as { take: Take }
    expect(take).toMatchObject({
      id: expect.stringMatching(/^take:/),
      cardId: 'shape:card',
      jobId: null,
      status: 'succeeded',
      progress: 1,
      provider: 'upload',
      origin: { kind: 'upload', fileName: 'Plate 1.mp4' },
      requestedBy: { id: 'u-7', name: 'Zoë' },
      clip: { kind: 'video', mime: 'video/mp4', width: 320, height: 240, durationMs: 1000 },
    })
    const takes = () => new Map(takesArray<Take>(client.doc).map((entry) => [entry.key, entry.val]))
    await client.until(() => takes().has(take.id))
    expect(takes().get(take.id)).toEqual(take)
    await client.until(
      () =>
        (client.record('shape:card')?.props as { selectedTakeId?: string })?.selectedTakeId ===
        take.id,
    )

    // A second upload is a new take; the card keeps its selected one.
    const second = await fetch(
      `${server.url}/api/boards/${boardId}/cards/shape:card/takes?requesterName=Ada`,
      {
        method: 'POST',
        body: media.png,
      },
    )
    expect(second.status).toBe(201)
    const image = ((await second.json()) as { take: Take }).take
    expect(image.clip).toMatchObject({
      kind: 'image',
      durationMs: null,
      posterUrl: image.clip!.url,
    })
    expect(image.requestedBy.name).toBe('Ada')
    await client.until(() => takes().has(image.id))
    expect((client.record('shape:card')?.props as { selectedTakeId: string }).selectedTakeId).toBe(
      take.id,
    )
  })

  it('MEDIA-6 API-2 a card made a moment ago is waited for, over the socket, by an upload and a job', async () => {
    const { boardId, client } = await onCard()
    // The new card reaches the server over the socket only after the requests reach it over HTTP.
    client.provider.disconnect()
    client.kv.set('shape:fresh', sceneCard('shape:fresh', { title: 'Just made' }))
    setTimeout(() => client.provider.connect(), 150)
    const [upload, job] = await Promise.all([
      fetch(`${server.url}/api/boards/${boardId}/cards/shape:fresh/takes?name=a.png`, {
        method: 'POST',
        body: media.png,
      }),
      fetch(`${server.url}/api/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          spec: defaultShotSpec({ subject: 'a gull', durationSeconds: 1, aspectRatio: '1:1' }),
          boardId,
          sceneId: 'shape:fresh',
        }),
      }),
    ])
    expect(upload.status).toBe(201)
    expect(job.status).toBe(202)
    const { id } = (await job.json()) as { id: string }
    await fetch(`${server.url}/api/jobs/${id}`, { method: 'DELETE' })
  })

  it('MEDIA-6 refuses an unknown card (404) and an unsupported file (415) without writing a take', async () => {
    const { boardId, client } = await onCard()
    const unknown = await fetch(`${server.url}/api/boards/${boardId}/cards/shape:nope/takes`, {
      method: 'POST',
      body: media.png,
    })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('card_not_found')
    const text = await fetch(
      `${server.url}/api/boards/${boardId}/cards/shape:card/takes?name=a.png`,
      {
        method: 'POST',
        body: 'plain words',
      },
    )
    expect(text.status).toBe(415)
    expect(takesArray(client.doc).length).toBe(0)
  })
})
