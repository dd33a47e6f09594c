/**
 * Exports and screenplay import end to end on a real server: each text export of the sample
 * board posted, polled, downloaded and parsed; an MP4 animatic of a small board with a previs
 * take decoded with ffmpeg; refusals; a Fountain script imported and seen by a stock y-websocket
 * client.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { resolveFfmpegPath } from '@sceneboard/previs'
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
  type Take,
} from '@sceneboard/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openPromise } from 'yauzl'
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

const run = promisify(execFile)

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

/** A downloaded ZIP's entries by name: how each is stored (0 as is, 8 deflated) and its bytes. */
async function zipEntries(bytes: Buffer) {
  const file = join(await makeTempDir(), 'package.zip')
  await writeFile(file, bytes)
  const zip = await openPromise(file, { lazyEntries: true })
  const entries = new Map<string, { method: number; data: Buffer }>()
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = []
    if (!entry.fileName.endsWith('/')) {
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    }
    entries.set(entry.fileName, { method: entry.compressionMethod, data: Buffer.concat(chunks) })
  }
  return entries
}

/** A 1 s H.264 clip and a PNG still of ffmpeg's test pattern, for takes to upload. */
async function testMedia(): Promise<{ mp4: Buffer; png: Buffer }> {
  const dir = await makeTempDir()
  const pattern = ['-f', 'lavfi', '-i', 'testsrc=duration=1:size=160x90:rate=24']
  const ffmpeg = (args: string[]) =>
    run(resolveFfmpegPath(), ['-hide_banner', '-v', 'error', '-nostdin', '-y', ...args])
  await ffmpeg([...pattern, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', join(dir, 'clip.mp4')])
  await ffmpeg([...pattern, '-frames:v', '1', join(dir, 'still.png')])
  return { mp4: await readFile(join(dir, 'clip.mp4')), png: await readFile(join(dir, 'still.png')) }
}

/** Uploads a file as a take of a card (it becomes the card's selected take when it has none). */
async function uploadTake(boardId: string, cardId: string, body: Buffer, name: string) {
  const response = await fetch(
    `${server.url}/api/boards/${boardId}/cards/${cardId}/takes?name=${encodeURIComponent(name)}`,
    { method: 'POST', body },
  )
  expect(response.status).toBe(201)
  return ((await response.json()) as { take: Take }).take
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
    const header = rows[0]!.replace(/^\uFEFF/, '').split(',')
    expect(header.slice(0, 3)).toEqual(['Shot', 'Scene', 'Title'])

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
    // neither card is in a frame: the Scene column is empty
    expect(rows.map((row) => row.split(',').slice(0, 3))).toEqual([
      ['1A', '', 'Arrival'],
      ['1B', '', 'Departure'],
    ])
  })

  it("EXP-9 names each shot's scene and act (tldraw frames) in the shot list", async () => {
    const { boardId, client } = await boardWithCard(server, 'Arrival')
    clients.push(client)
    const frame = (id: string, name: string, parentId?: string) =>
      sceneCard(
        id,
        {},
        {
          type: 'frame',
          props: { w: 2000, h: 800, name, color: 'black' },
          ...(parentId ? { parentId } : {}),
        },
      )
    client.doc.transact(() => {
      client.kv.set('shape:act', frame('shape:act', 'Act one'))
      client.kv.set('shape:storm', frame('shape:storm', 'The storm', 'shape:act'))
      client.kv.set(CARD_ID, sceneCard(CARD_ID, { title: 'Arrival' }, { parentId: 'shape:storm' }))
      client.kv.set('shape:second', sceneCard('shape:second', { title: 'Departure' }))
      client.doc.getArray<string>('sequence').push(['shape:second'])
    })
    const watcher = await syncedClient(server.syncUrl, boardId)
    clients.push(watcher)
    await watcher.until(
      () =>
        watcher.record(CARD_ID)?.parentId === 'shape:storm' &&
        watcher.record('shape:second') !== undefined,
    )
    expect(client.rejections).toEqual([])
    const csv = await exported(boardId, { format: 'csv' })
    const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/).slice(1)
    expect(rows.map((row) => row.split(',').slice(0, 3))).toEqual([
      ['1', 'Act one · The storm', 'Arrival'],
      ['2', '', 'Departure'],
    ])
  })

  it('EXP-8 packages a timeline with the clips and stills it uses, referenced inside the ZIP', async () => {
    const boardId = await createBoardOver(server.url, { title: 'The Lighthouse' })
    const client = await syncedClient(server.syncUrl, boardId)
    clients.push(client)
    client.kv.set(CARD_ID, sceneCard(CARD_ID, { title: 'The keeper' }))
    client.kv.set('shape:still', sceneCard('shape:still', { title: 'Lamp room' }))
    client.kv.set('shape:empty', sceneCard('shape:empty', { title: 'Not yet' }))
    client.doc.getArray<string>('sequence').push([CARD_ID, 'shape:still', 'shape:empty'])
    // the cards are stored once another client sees them
    const watcher = await syncedClient(server.syncUrl, boardId)
    clients.push(watcher)
    await watcher.until(() => watcher.record('shape:empty') !== undefined)
    const media = await testMedia()
    const clip = await uploadTake(boardId, CARD_ID, media.mp4, 'keeper.mp4')
    const still = await uploadTake(boardId, 'shape:still', media.png, 'lamp.png')
    const selected = (id: string) =>
      (client.record(id)?.props as { selectedTakeId?: string } | undefined)?.selectedTakeId
    await client.until(() => selected(CARD_ID) === clip.id && selected('shape:still') === still.id)

    const otio = await exported(boardId, { format: 'otio', options: { package: true } })
    expect(otio.job.file).toMatchObject({
      mime: 'application/zip',
      name: 'The Lighthouse.otio.zip',
    })
    expect(otio.disposition).toContain('filename="The Lighthouse.otio.zip"')
    const entries = await zipEntries(otio.bytes)
    expect([...entries.keys()]).toEqual([
      'the-lighthouse.otio',
      'media/',
      'media/001_1_the-keeper.mp4',
      'media/002_2_lamp-room.png',
    ])
    const timeline = JSON.parse(entries.get('the-lighthouse.otio')!.data.toString('utf8')) as {
      tracks: {
        children: Array<{
          children: Array<{ media_references: { DEFAULT_MEDIA: { target_url?: string } } }>
        }>
      }
    }
    const targets = timeline.tracks.children[0]!.children.map(
      (item) => item.media_references.DEFAULT_MEDIA.target_url,
    )
    expect(targets).toEqual(['media/001_1_the-keeper.mp4', 'media/002_2_lamp-room.png', undefined])
    // each packaged file is the take's own file, stored as it is
    for (const [target, take] of [
      [targets[0]!, clip],
      [targets[1]!, still],
    ] as const) {
      const served = Buffer.from(
        await (await fetch(`${server.url}${take.clip!.url}`)).arrayBuffer(),
      )
      expect(entries.get(target)!.method).toBe(0)
      expect(entries.get(target)!.data.equals(served)).toBe(true)
    }
    expect(entries.get('media/001_1_the-keeper.mp4')!.data.equals(media.mp4)).toBe(true)

    const fcp = await exported(boardId, { format: 'fcpxml', options: { package: true } })
    const fcpEntries = await zipEntries(fcp.bytes)
    const sources = [
      ...fcpEntries
        .get('the-lighthouse.fcpxml')!
        .data.toString('utf8')
        .matchAll(/<media-rep [^>]*src="([^"]+)"/g),
    ].map((match) => match[1]!)
    expect(sources).toEqual(['./media/001_1_the-keeper.mp4', './media/002_2_lamp-room.png'])
    for (const src of sources) expect(fcpEntries.has(src.slice(2))).toBe(true)

    // without the option, the same timeline is the file alone
    const plain = await exported(boardId, { format: 'edl', options: { package: false } })
    expect(plain.job.file).toMatchObject({
      mime: 'text/plain; charset=utf-8',
      name: 'The Lighthouse.edl',
    })
    expect(plain.bytes.toString('utf8')).toContain('* FROM CLIP NAME: ')
    const packagedEdl = await exported(boardId, { format: 'edl', options: { package: true } })
    const edlText = (await zipEntries(packagedEdl.bytes)).get('the-lighthouse.edl')!.data
    expect(edlText.toString('utf8')).toContain('* FROM CLIP NAME: 001_1_the-keeper.mp4')
    // the package is written to the job's folder alone, where the download reads it
    expect(await readFile(join(exportFolder(otio.job.id), 'the-lighthouse.otio.zip'))).toEqual(
      otio.bytes,
    )
  }, 30_000)

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
