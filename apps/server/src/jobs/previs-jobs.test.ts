/**
 * Previs jobs end to end on a real server: a real render, a real clip in the store, decoded with
 * ffmpeg; the take and its progress in the board document as a stock y-websocket client sees
 * them; variations; extend and remix; and a restart in the middle of a render.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultShotSpec, takesArray, type Take } from '@sceneboard/shared'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RENDERS_DIR_NAME } from '../app.js'
import { probeVideo } from '../media/ffmpeg-tools.js'
import { sniffMediaType } from '../media/media-types.js'
import { boardWithCard, CARD_ID } from '../testing/board-with-card.js'
import { sceneCard } from '../testing/board-records.js'
import { cancelJob, getJob, postJob, startJob, waitForJob } from '../testing/job-requests.js'
import { syncedClient, type TestClient } from '../testing/test-client.js'
import {
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'
import { variationSeed } from './job-service.js'

let server: TestServer
const clients: TestClient[] = []

/** A moving shot, for the test that looks at the picture. */
const movingSpec = (overrides = {}) =>
  defaultShotSpec({
    subject: 'a courier on a bicycle',
    action: 'rides past',
    environment: 'a city street',
    cameraMovement: 'pan-left',
    durationSeconds: 1,
    seed: 11,
    ...overrides,
  })

/** A small locked-off shot, quick to render, for the tests about jobs and takes. */
const shortSpec = (overrides = {}) =>
  defaultShotSpec({
    subject: 'an empty courier lane',
    durationSeconds: 1,
    aspectRatio: '1:1',
    seed: 11,
    ...overrides,
  })

async function onCard(): Promise<{ boardId: string; client: TestClient }> {
  const board = await boardWithCard(server, 'Courier')
  clients.push(board.client)
  return board
}

function takesOf(client: TestClient): Map<string, Take> {
  return new Map(takesArray<Take>(client.doc).map((entry) => [entry.key, entry.val]))
}

function selectedTakeId(client: TestClient): string | null {
  return (client.record('shape:card')?.props as { selectedTakeId: string | null }).selectedTakeId
}

beforeEach(async () => {
  server = await startTestServer({ app: { progressIntervalMs: 50 } })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

afterAll(removeTempDirs)

// Real renders: generous time for a busy machine (each takes about a second on an idle one).
describe('previs jobs', { timeout: 60_000 }, () => {
  it('QUEUE-9 a previs job renders into a playable H.264 clip of the asked length and size', async () => {
    const id = await startJob(server.url, { spec: movingSpec() })
    const job = await waitForJob(server.url, id)
    expect(job).toMatchObject({
      status: 'succeeded',
      progress: 1,
      provider: 'previs',
      model: 'previs-1',
    })
    expect(job.clip).toMatchObject({
      url: expect.stringMatching(/^\/clips\/[a-f0-9]{64}\.mp4$/),
      posterUrl: expect.stringMatching(/^\/clips\/[a-f0-9]{64}\.jpg$/),
      mime: 'video/mp4',
      kind: 'video',
      width: 1280,
      height: 720,
      fps: 24,
      durationMs: 1000,
    })
    const response = await fetch(`${server.url}${job.clip!.url}`)
    expect(response.headers.get('content-type')).toBe('video/mp4')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.length).toBe(job.clip!.bytes)
    const file = join(await makeTempDir(), 'clip.mp4')
    await writeFile(file, bytes)
    expect(await probeVideo(file)).toEqual({
      codec: 'h264',
      width: 1280,
      height: 720,
      fps: 24,
      durationMs: 1000,
    })
    const poster = Buffer.from(
      await (await fetch(`${server.url}${job.clip!.posterUrl}`)).arrayBuffer(),
    )
    expect(sniffMediaType(poster)?.mime).toBe('image/jpeg')
  })

  it('QUEUE-8 the job writes the take into the board: queued, running with progress, then succeeded and selected, live for a stock client', async () => {
    const { boardId, client } = await onCard()
    const statuses: string[] = []
    const progress: number[] = []
    client.doc.on('afterTransaction', () => {
      for (const take of takesOf(client).values()) {
        if (statuses.at(-1) !== take.status) statuses.push(take.status)
        if (take.status === 'running') progress.push(take.progress)
      }
    })
    const spec = shortSpec({ durationSeconds: 2 })
    const id = await startJob(server.url, {
      spec,
      boardId,
      sceneId: 'shape:card',
      requestedBy: { id: 'u1', name: 'Ada' },
    })
    const takeId = `take:${id}`
    await client.until(() => takesOf(client).get(takeId)?.status === 'succeeded')
    expect(statuses).toEqual(['queued', 'running', 'succeeded'])
    expect(Math.max(...progress)).toBeGreaterThan(0)
    const take = takesOf(client).get(takeId)!
    const job = await getJob(server.url, id)
    expect(take).toMatchObject({
      id: takeId,
      cardId: 'shape:card',
      jobId: id,
      status: 'succeeded',
      progress: 1,
      error: null,
      provider: 'previs',
      model: 'previs-1',
      seed: 11,
      spec,
      prompt: expect.stringContaining('courier'),
      origin: { kind: 'generate' },
      requestedBy: { id: 'u1', name: 'Ada' },
      finishedAt: expect.any(Number),
      clip: job.clip,
    })
    expect(job.takeId).toBe(takeId)
    await client.until(() => selectedTakeId(client) === takeId)
  })

  it('QUEUE-10 variations answer {ids}, one take each, each with its own seed derived from the spec', async () => {
    const { boardId, client } = await onCard()
    const { status, body } = await postJob(server.url, {
      spec: shortSpec(),
      variations: 2,
      boardId,
      sceneId: 'shape:card',
    })
    expect(status).toBe(202)
    expect(body.ids).toHaveLength(2)
    const jobs = await Promise.all(body.ids!.map((id) => waitForJob(server.url, id)))
    expect(jobs.map((job) => job.status)).toEqual(['succeeded', 'succeeded'])
    await client.until(() =>
      body.ids!.every((id) => takesOf(client).get(`take:${id}`)?.status === 'succeeded'),
    )
    const seeds = body.ids!.map((id) => takesOf(client).get(`take:${id}`)!.seed)
    expect(seeds).toEqual([11, variationSeed(11, 1)])
    expect(new Set(seeds).size).toBe(2)
    expect(selectedTakeId(client)).toBe(`take:${body.ids![0]}`)
  })

  it('QUEUE-11 extend and remix start from a finished take on the card and say so in the new take', async () => {
    const { boardId, client } = await onCard()
    const first = await startJob(server.url, { spec: shortSpec(), boardId, sceneId: 'shape:card' })
    await waitForJob(server.url, first)
    const source = `take:${first}`
    const request = { boardId, sceneId: 'shape:card', sourceTakeId: source }
    const extend = await startJob(server.url, { ...request, spec: shortSpec(), mode: 'extend' })
    const remix = await startJob(server.url, {
      ...request,
      spec: shortSpec({ cameraMovement: 'dolly-in' }),
      mode: 'remix',
    })
    expect((await waitForJob(server.url, extend)).status).toBe('succeeded')
    expect((await waitForJob(server.url, remix)).status).toBe('succeeded')
    await client.until(() => takesOf(client).get(`take:${remix}`)?.status === 'succeeded')
    expect(takesOf(client).get(`take:${extend}`)!.origin).toEqual({
      kind: 'extend',
      fromTakeId: source,
    })
    expect(takesOf(client).get(`take:${remix}`)!.origin).toEqual({
      kind: 'remix',
      fromTakeId: source,
    })
    // The first take stays the selected one.
    expect(selectedTakeId(client)).toBe(source)

    const missing = await postJob(server.url, {
      ...request,
      sourceTakeId: 'take:nope',
      spec: shortSpec(),
      mode: 'extend',
    })
    expect(missing.status).toBe(404)
  })

  it('QUEUE-6 a previs job running when the server stops renders again from scratch and succeeds', async () => {
    const { boardId } = await onCard()
    const id = await startJob(server.url, {
      spec: shortSpec({ durationSeconds: 2 }),
      boardId,
      sceneId: 'shape:card',
    })
    await waitForJob(server.url, id, (job) => job.status === 'running' && job.progress > 0)
    for (const client of clients.splice(0)) client.destroy()
    server = await server.restart()
    const job = await waitForJob(server.url, id)
    expect(job).toMatchObject({ status: 'succeeded', clip: { durationMs: 2000 } })
    expect((await server.app.jobStorage.getJob(id))!.attempts).toBe(2)
    const client = await syncedClient(server.syncUrl, boardId)
    clients.push(client)
    await client.until(() => takesOf(client).get(`take:${id}`)?.status === 'succeeded')
  })

  it('QUEUE-3 canceling a running previs job aborts the render and leaves no files behind', async () => {
    const { boardId, client } = await onCard()
    const id = await startJob(server.url, {
      spec: shortSpec({ durationSeconds: 20 }),
      boardId,
      sceneId: 'shape:card',
    })
    await waitForJob(server.url, id, (job) => job.status === 'running' && job.progress > 0)
    const canceled = await cancelJob(server.url, id)
    expect(canceled).toMatchObject({ status: 'canceled' })
    expect(canceled.progress).toBeLessThan(0.5)
    expect(await readdir(join(server.dataDir, RENDERS_DIR_NAME))).toEqual([])
    await client.until(() => takesOf(client).get(`take:${id}`)?.status === 'canceled')
    expect(selectedTakeId(client)).toBeNull()
  })

  it('QUEUE-12 a person a card names alone is drawn as another card of the board describes them', async () => {
    const { boardId, client } = await onCard()
    const spec = shortSpec({ subject: 'Maren', action: 'waits' })
    const alone = await waitForJob(server.url, await startJob(server.url, { spec }))
    // Another card describes her; the server holds it before the job is asked for.
    const described = 'shape:maren'
    client.kv.set(
      described,
      sceneCard(described, {
        spec: { subject: 'Maren, a keeper, yellow oilskin coat, grey braid' },
      }),
    )
    client.doc.getArray<string>('sequence').push([described])
    const watcher = await syncedClient(server.syncUrl, boardId)
    clients.push(watcher)
    await watcher.until(() => watcher.record(described) !== undefined)
    const onBoard = await waitForJob(
      server.url,
      await startJob(server.url, { spec, boardId, sceneId: CARD_ID }),
    )
    expect(onBoard.status).toBe('succeeded')
    // The same spec and seed, drawn otherwise: in her oilskin.
    expect(onBoard.clip?.url).not.toBe(alone.clip?.url)
    // And as deterministic as ever: the same board gives the same clip.
    const again = await waitForJob(
      server.url,
      await startJob(server.url, { spec, boardId, sceneId: CARD_ID }),
    )
    expect(again.clip?.url).toBe(onBoard.clip?.url)
  })
})
