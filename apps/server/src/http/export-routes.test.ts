/**
 * Exports and screenplay import end to end on a real server: each text export of the sample
 * board posted, polled, downloaded and parsed; an MP4 animatic of a small board with a previs
 * take decoded with ffmpeg; refusals; a Fountain script imported and seen by a stock y-websocket
 * client.
 */
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  defaultShotSpec,
  isSceneCard,
  jobViewSchema,
  META_KEYS,
  metaMap,
  readShotNumbering,
  recordsArray,
  sequenceArray,
  type JobView,
} from '@sceneboard/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EXPORTS_DIR_NAME } from '../jobs/export-jobs.js'
import { probeVideo } from '../media/ffmpeg-tools.js'
import { sceneCard } from '../testing/board-records.js'
import { boardWithCard, CARD_ID } from '../testing/board-with-card.js'
import { startJob, waitForJob } from '../testing/job-requests.js'
import { syncedClient, type TestClient } from '../testing/test-client.js'
import {
  createBoardOver,
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

type ExportedJob = JobView

let server: TestServer
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startTestServer({ app: { progressIntervalMs: 50 } })
})

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

afterAll(async () => {
  await server?.close()
  await removeTempDirs()
})

async function postExport(boardId: string, body: unknown) {
  const response = await fetch(`${server.url}/api/boards/${boardId}/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** Posts an export, waits for it and downloads its file. */
async function exported(boardId: string, body: unknown, timeoutMs?: number) {
  const { status, body: answer } = await postExport(boardId, body)
  expect(status, JSON.stringify(answer)).toBe(202)
  const job = (await waitForJob(server.url, String(answer.id), undefined, timeoutMs)) as ExportedJob
  expect(job.status, JSON.stringify(job)).toBe('succeeded')
  expect(job.provider).toBe('export')
  expect(jobViewSchema.parse(job)).toEqual(job)
  expect(job.file).toBeDefined()
  const response = await fetch(`${server.url}${job.file!.url}`)
  expect(response.status).toBe(200)
  const bytes = Buffer.from(await response.arrayBuffer())
  expect(bytes.byteLength).toBe(job.file!.bytes)
  expect(response.headers.get('content-type')).toBe(job.file!.mime)
  return { job, bytes, disposition: response.headers.get('content-disposition') ?? '' }
}

/** The sample board's cards as a client sees them: count and the sequence's total seconds. */
async function sampleBoard() {
  const boardId = await createBoardOver(server.url, { title: 'Harbour Night', template: 'sample' })
  const client = await syncedClient(server.syncUrl, boardId)
  clients.push(client)
  const cards = recordsArray<Record<string, unknown>>(client.doc)
    .toArray()
    .map((entry) => entry.val)
    .filter((record) => isSceneCard(record))
  const seconds = cards.reduce(
    (sum, card) => sum + (card.props as { spec: { durationSeconds: number } }).spec.durationSeconds,
    0,
  )
  return { boardId, cards: cards.length, seconds }
}

/** Where an export job's file lives: DATA_DIR/exports/<job id>/. */
function exportFolder(jobId: string): string {
  return join(server.dataDir, EXPORTS_DIR_NAME, jobId)
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return ((await response.json()) as { error: { code: string; message: string } }).error
}

function framesOf(timecode: string, fps: number): number {
  const [h, m, s, f] = timecode.split(':').map(Number) as [number, number, number, number]
  return ((h * 60 + m) * 60 + s) * fps + f
}

describe('exports', () => {
  it('EXP-5 EXP-6 exports the sample board as CSV, OTIO, EDL and PDF, each adding up to the sequence', async () => {
    const { boardId, cards, seconds } = await sampleBoard()
    expect(cards).toBeGreaterThan(2)

    const csv = await exported(boardId, { format: 'csv' })
    const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/)
    expect(rows.length).toBe(cards + 1)
    expect(csv.disposition).toContain('filename="Harbour Night.csv"')

    const otio = await exported(boardId, { format: 'otio' })
    const timeline = JSON.parse(otio.bytes.toString('utf8')) as {
      tracks: {
        children: Array<{
          children: Array<{ source_range: { duration: { value: number; rate: number } } }>
        }>
      }
    }
    const clips = timeline.tracks.children[0]!.children
    expect(clips.length).toBe(cards)
    const frames = clips.reduce((sum, clip) => sum + clip.source_range.duration.value, 0)
    expect(frames / clips[0]!.source_range.duration.rate).toBeCloseTo(seconds, 5)

    const edl = await exported(boardId, { format: 'edl' })
    const events = edl.bytes
      .toString('utf8')
      .split('\n')
      .filter((line) => /^\d{3} /.test(line))
    expect(events.length).toBe(cards)
    const edlFrames = events.reduce((sum, line) => {
      const codes = line.trim().split(/\s+/).slice(-2)
      return sum + framesOf(codes[1]!, 24) - framesOf(codes[0]!, 24)
    }, 0)
    expect(edlFrames).toBe(seconds * 24)
    expect(edl.disposition).toContain('filename="Harbour Night.edl"')

    const pdf = await exported(boardId, { format: 'pdf', options: { panelsPerPage: 6 } })
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.job.file!.mime).toBe('application/pdf')
  }, 20_000)

  it('EXP-6 renders an MP4 animatic of a small board whose duration is the sum of its shots', async () => {
    const { boardId, client } = await boardWithCard(server, 'Courier')
    clients.push(client)
    client.kv.set(
      CARD_ID,
      sceneCard(CARD_ID, { title: 'Courier', spec: { durationSeconds: 1, aspectRatio: '16:9' } }),
    )
    client.kv.set(
      'shape:second',
      sceneCard('shape:second', { title: 'Lane', spec: { durationSeconds: 1 } }),
    )
    client.doc.getArray<string>('sequence').push(['shape:second'])
    const takeJob = await startJob(server.url, {
      spec: defaultShotSpec({ subject: 'a courier', durationSeconds: 1, seed: 3 }),
      boardId,
      sceneId: CARD_ID,
    })
    const take = await waitForJob(server.url, takeJob)
    expect(take.status).toBe('succeeded')

    const mp4 = await exported(
      boardId,
      { format: 'mp4', options: { width: 320, height: 180 } },
      40_000,
    )
    const file = join(await makeTempDir(), 'animatic.mp4')
    await writeFile(file, mp4.bytes)
    const facts = await probeVideo(file)
    expect(facts).not.toBeNull()
    expect(facts!.width).toBe(320)
    expect(facts!.height).toBe(180)
    expect(Math.abs(facts!.durationMs! - 2000)).toBeLessThanOrEqual(1000 / 24 + 1)
    expect(mp4.disposition).toContain('.mp4"')
  }, 40_000)

  it('EXP-6 numbers the shots as the board does (its numbering style and scenes)', async () => {
    const { boardId, client } = await boardWithCard(server, 'Arrival')
    clients.push(client)
    client.kv.set('shape:second', sceneCard('shape:second', { title: 'Departure' }))
    client.doc.getArray<string>('sequence').push(['shape:second'])
    metaMap(client.doc).set(META_KEYS.shotNumbering, 'scene-letter')
    // Another client sees the change only once the server has stored it.
    const watcher = await syncedClient(server.syncUrl, boardId)
    clients.push(watcher)
    await watcher.until(
      () =>
        readShotNumbering(watcher.doc) === 'scene-letter' &&
        watcher.record('shape:second') !== undefined,
    )
    const csv = await exported(boardId, { format: 'csv' })
    const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/).slice(1)
    expect(rows.map((row) => row.split(',').slice(0, 2))).toEqual([
      ['1A', 'Arrival'],
      ['1B', 'Departure'],
    ])
  })

  it('EXP-3 EXP-4 cancels an export, and runs one left running again after a restart', async () => {
    const { boardId, client } = await boardWithCard(server, 'Long')
    clients.push(client)
    client.kv.set(CARD_ID, sceneCard(CARD_ID, { title: 'Long', spec: { durationSeconds: 20 } }))
    await client.until(() => true)
    const body = { format: 'mp4', options: { width: 640, height: 360 } }
    const first = await postExport(boardId, body)
    expect(first.status).toBe(202)
    await waitForJob(server.url, String(first.body.id), (job) => job.status === 'running')
    const canceled = await fetch(`${server.url}/api/jobs/${String(first.body.id)}`, {
      method: 'DELETE',
    })
    expect(((await canceled.json()) as JobView).status).toBe('canceled')
    expect(existsSync(exportFolder(String(first.body.id)))).toBe(false)

    // A job left running by a stopped server runs again (here as a quick CSV) on the next start.
    const second = await postExport(boardId, { format: 'csv' })
    const id = String(second.body.id)
    await waitForJob(server.url, id)
    await server.app.jobStorage.updateJob(id, { status: 'running', progress: 0.5 })
    client.destroy()
    clients.splice(clients.indexOf(client), 1)
    server = await server.restart()
    const rerun = (await waitForJob(server.url, id)) as ExportedJob
    expect(rerun.status).toBe('succeeded')
    expect(rerun.file?.name).toMatch(/\.csv$/)
    const download = await fetch(`${server.url}${rerun.file!.url}`)
    expect((await download.text()).trim().split(/\r?\n/).length).toBe(2)
  }, 30_000)

  it('EXP-1 EXP-5 refuses a bad format with details, an unknown board, and a file not ready', async () => {
    const boardId = await createBoardOver(server.url)
    const bad = await postExport(boardId, { format: 'gif' })
    expect(bad.status).toBe(400)
    expect((bad.body.error as { code: string; details: unknown[] }).code).toBe('invalid_request')
    expect((bad.body.error as { details: unknown[] }).details.length).toBeGreaterThan(0)
    const badOption = await postExport(boardId, { format: 'pdf', options: { panelsPerPage: 5 } })
    expect(badOption.status).toBe(400)
    const unknown = await postExport('no-such-board', { format: 'csv' })
    expect(unknown.status).toBe(404)
    const missing = await fetch(`${server.url}/api/exports/nope/file`)
    expect(missing.status).toBe(404)
  })
})

describe('EXP-7 export retention', () => {
  it('EXP-7 a download past its retention answers 410, and the next start sweeps its folder', async () => {
    const boardId = await createBoardOver(server.url, { title: 'Kept a day' })
    const { job } = await exported(boardId, { format: 'csv' })
    const folder = exportFolder(job.id)
    expect(existsSync(folder)).toBe(true)

    // Finished 24 h and a minute ago, as the stored job says: past the default retention.
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000 - 60_000
    await server.app.jobStorage.updateJob(job.id, { finishedAt: dayAgo })
    const view = (await (await fetch(`${server.url}/api/jobs/${job.id}`)).json()) as JobView
    expect(view.status).toBe('succeeded')
    expect(view.file).toBeUndefined()
    const expired = await fetch(`${server.url}${job.file!.url}`)
    expect(expired.status).toBe(410)
    const error = await errorOf(expired)
    expect(error.code).toBe('export_expired')
    expect(error.message).toMatch(/kept for 24 h; export the board again/)

    server = await server.restart()
    expect(existsSync(folder)).toBe(false)
    const swept = await fetch(`${server.url}${job.file!.url}`)
    expect(swept.status).toBe(410)
    expect((await errorOf(swept)).code).toBe('export_expired')
  }, 20_000)

  it('EXP-7 a finished export whose file is gone answers 410, not 404 or 500', async () => {
    const boardId = await createBoardOver(server.url, { title: 'Gone' })
    const { job } = await exported(boardId, { format: 'edl' })
    await rm(exportFolder(job.id), { recursive: true })
    const gone = await fetch(`${server.url}${job.file!.url}`)
    expect(gone.status).toBe(410)
    expect((await errorOf(gone)).code).toBe('export_gone')
  })

  it('EXP-7 a failed export leaves no folder', async () => {
    const boardId = await createBoardOver(server.url, { title: 'Soon gone' })
    const { job } = await exported(boardId, { format: 'csv' })
    // The same export asked for a board that no longer exists: it fails when it runs.
    const stored = (await server.app.jobStorage.getJob(job.id))!
    const doomed = {
      ...stored,
      id: `${job.id}_again`,
      status: 'queued' as const,
      progress: 0,
      finishedAt: null,
      startedAt: null,
      request: { ...stored.request, boardId: 'no-such-board' },
    }
    await server.app.jobStorage.createJobs([doomed])
    server.app.jobs.enqueue([doomed])
    const failed = await waitForJob(server.url, doomed.id)
    expect(failed.status).toBe('failed')
    expect(existsSync(exportFolder(doomed.id))).toBe(false)
    expect((await fetch(`${server.url}/api/exports/${doomed.id}/file`)).status).toBe(409)
  })
})

describe('screenplay import', () => {
  const script = [
    'Title: Harbour',
    '',
    'INT. LIGHTHOUSE - NIGHT',
    '',
    'The keeper climbs the stairs.',
    '',
    'EXT. HARBOUR - DAY',
    '',
    'Boats rock at their moorings.',
    '',
    '.FLASHBACK',
    '',
    'A storm, years ago.',
    '',
  ].join('\n')

  it('IMP-2 appends the scenes as cards in order, seen by a client with the sequence extended', async () => {
    const { boardId, client } = await boardWithCard(server, 'Opening')
    clients.push(client)
    const response = await fetch(`${server.url}/api/boards/${boardId}/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: script,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ added: 3 })
    const sequence = () => sequenceArray(client.doc).toArray()
    await client.until(() => sequence().length === 4)
    expect(sequence()[0]).toBe(CARD_ID)
    const added = sequence()
      .slice(1)
      .map((id) => client.record(id))
    expect(added.every((record) => record && isSceneCard(record))).toBe(true)
    const titles = added.map((record) => (record!.props as { title: string }).title)
    expect(titles[0]).toMatch(/LIGHTHOUSE/i)
    expect(titles[1]).toMatch(/HARBOUR/i)
    expect(titles[2]).toMatch(/FLASHBACK/i)
    const ys = added.map((record) => record!.y as number)
    expect(Math.min(...ys)).toBeGreaterThan(0)
    expect(client.rejections).toEqual([])
  })

  it('IMP-1 answers an empty or binary script, an unknown board and a JSON body with a 4xx', async () => {
    const boardId = await createBoardOver(server.url)
    const post = (body: string | Uint8Array, type = 'text/plain', id = boardId) =>
      fetch(`${server.url}/api/boards/${id}/import`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      })
    const empty = await post('   \n')
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as { error: { code: string } }).error.code).toMatch(/^fountain_/)
    const binary = await post(
      new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7, 0, 0, 9]),
      'application/octet-stream',
    )
    expect(binary.status).toBe(415)
    const noScenes = await post('Just some words.\n')
    expect(noScenes.status).toBe(422)
    expect((await post(script, 'text/plain', 'no-such-board')).status).toBe(404)
    expect((await post(JSON.stringify({ script }), 'application/json')).status).toBe(415)
  })
})
