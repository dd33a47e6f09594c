/**
 * MEDIA-7: which stored files a sweep removes and when, on a real media folder in a temporary
 * DATA_DIR, with boards and jobs in memory and a clock the test moves.
 */
import { existsSync } from 'node:fs'
import { utimes } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { defaultShotSpec, recordsArray, takesArray } from '@sceneboard/shared'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { JobRecord } from '../jobs/job-storage.js'
import { MemoryJobStorage } from '../jobs/memory-job-storage.js'
import { MemoryBoardStorage } from '../storage/memory-storage.js'
import { silentLogger } from '../sync/sync-logger.js'
import { jobRecord } from '../testing/job-records.js'
import { makeTempDir, removeTempDirs } from '../testing/test-server.js'
import { MediaCollector } from './media-collector.js'
import { FileMediaStore, type StoredMedia } from './media-store.js'

const DAY = 24 * 60 * 60 * 1000
const KEEP = 7 * DAY

let root = ''
let store: FileMediaStore
let boards: MemoryBoardStorage
let jobs: MemoryJobStorage
let now = 0

afterAll(removeTempDirs)

beforeEach(async () => {
  root = join(await makeTempDir('sceneboard-media-collector-'), 'media')
  store = new FileMediaStore(root)
  await store.init()
  boards = new MemoryBoardStorage()
  jobs = new MemoryJobStorage()
  now = Date.now()
})

const collector = () =>
  new MediaCollector({ root, boards, jobs, logger: silentLogger, keepMs: KEEP, now: () => now })

/** A stored file, written `age` ago. */
async function stored(content: string, age = 30 * DAY): Promise<StoredMedia> {
  const media = await store.put(new TextEncoder().encode(content), 'mp4')
  const when = new Date(now - age)
  await utimes(pathOf(media), when, when)
  return media
}

const pathOf = (media: StoredMedia) =>
  join(root, media.sha256.slice(0, 2), media.sha256.slice(2, 4), `${media.sha256}.${media.ext}`)
const kept = (media: StoredMedia) => existsSync(pathOf(media))

/** A board whose take plays `clip` with `poster`, and whose canvas shows `image`. */
async function boardUsing(id: string, urls: { clip?: string; poster?: string; image?: string }) {
  const doc = new Y.Doc()
  if (urls.clip || urls.poster) {
    takesArray(doc).push([
      { key: 'take:1', val: { clip: { url: urls.clip ?? null }, posterUrl: urls.poster ?? null } },
    ])
  }
  if (urls.image) {
    recordsArray(doc).push([
      { key: 'asset:1', val: { id: 'asset:1', typeName: 'asset', props: { src: urls.image } } },
    ])
  }
  await boards.createBoard({
    id,
    title: id,
    cardCount: 0,
    createdAt: now,
    snapshot: Y.encodeStateAsUpdate(doc),
  })
}

/** A generation job that finished now, with `patch` over it. */
const job = (id: string, patch: Partial<JobRecord>) => jobRecord(id, now, patch)

describe('collecting media nothing uses (MEDIA-7)', () => {
  it('removes a file once it has been out of use for the keep time, and not before', async () => {
    const unused = await stored('unused')
    const sweeper = collector()
    expect(await sweeper.sweep()).toEqual({ removed: [], waiting: 1 })
    now += KEEP - DAY
    expect((await sweeper.sweep()).removed).toEqual([])
    expect(kept(unused)).toBe(true)
    now += DAY
    expect((await sweeper.sweep()).removed).toEqual([`${unused.sha256}.mp4`])
    expect(kept(unused)).toBe(false)
  })

  it("keeps whatever a board's takes or canvas refer to, however old", async () => {
    const clip = await stored('clip')
    const poster = await stored('poster')
    const image = await stored('image')
    await boardUsing('board-a', { clip: clip.url, poster: poster.url })
    await boardUsing('board-b', { image: image.url })
    const sweeper = collector()
    await sweeper.sweep()
    now += 2 * KEEP
    expect(await sweeper.sweep()).toEqual({ removed: [], waiting: 0 })
    for (const media of [clip, poster, image]) expect(kept(media)).toBe(true)
  })

  it('starts the wait again when a file comes back into use, and frees a deleted board', async () => {
    const clip = await stored('clip')
    const sweeper = collector()
    await sweeper.sweep() // out of use from now
    now += KEEP - DAY
    await boardUsing('board', { clip: clip.url }) // a take brought back (an undo)
    await sweeper.sweep()
    await boards.deleteBoard('board')
    now += DAY
    // Out of use again only from this sweep on.
    expect((await sweeper.sweep()).removed).toEqual([])
    now += KEEP
    expect((await sweeper.sweep()).removed).toEqual([`${clip.sha256}.mp4`])
  })

  it('leaves young files alone, and a file stored again counts as young', async () => {
    const fresh = await stored('fresh', DAY)
    const again = await stored('again')
    await store.put(new TextEncoder().encode('again'), 'mp4') // the same content, stored again
    now += DAY // the clock the sweeps see; the files' times are real
    const sweeper = collector()
    expect(await sweeper.sweep()).toEqual({ removed: [], waiting: 0 })
    expect(kept(fresh) && kept(again)).toBe(true)
  })

  it("keeps an active job's files, and a finished job's for the keep time after it", async () => {
    const source = await stored('source')
    const made = await stored('made')
    await jobs.createJobs([
      job('running', {
        status: 'running',
        finishedAt: null,
        request: {
          ...job('x', {}).request,
          mode: 'remix',
          source: {
            takeId: 't',
            providerId: 'previs',
            remoteId: null,
            spec: defaultShotSpec(),
            clipUrl: source.url,
            lastFrameUrl: null,
          },
        },
      }),
      job('done', {
        clip: {
          url: made.url,
          posterUrl: null,
          mime: 'video/mp4',
          kind: 'video',
          bytes: 4,
          width: 1280,
          height: 720,
          fps: 24,
          durationMs: 1000,
        },
      }),
    ])
    const sweeper = collector()
    now += KEEP - DAY
    expect(await sweeper.sweep()).toEqual({ removed: [], waiting: 0 })
    now += DAY // the finished job no longer holds its clip: its wait starts
    expect(await sweeper.sweep()).toEqual({ removed: [], waiting: 1 })
    now += KEEP
    expect((await sweeper.sweep()).removed).toEqual([`${made.sha256}.mp4`])
    expect(kept(source)).toBe(true)
  })

  it('remembers across a restart when a file went out of use', async () => {
    const unused = await stored('unused')
    await collector().sweep()
    now += KEEP
    expect((await collector().sweep()).removed).toEqual([`${unused.sha256}.mp4`])
  })

  it('removes nothing when a board cannot be read', async () => {
    const unused = await stored('unused')
    await collector().sweep()
    now += 2 * KEEP
    const broken = new MediaCollector({
      root,
      boards: {
        listBoards: boards.listBoards.bind(boards),
        loadBoard: () => Promise.reject(new Error('disk error')),
      },
      jobs,
      logger: silentLogger,
      keepMs: KEEP,
      now: () => now,
    })
    await boardUsing('board', {})
    expect(await broken.sweep()).toEqual({ removed: [], waiting: 0 })
    expect(kept(unused)).toBe(true)
  })
})
