/**
 * Removing media nothing uses any more (rule MEDIA-7). A file in the media store is in use while
 * a board refers to it (a take's clip or poster, an image or a video on the canvas), while a job
 * that is queued or running refers to it (the take a remix or an extension starts from), and for
 * the keep time after a job that made it finished (for clients of the jobs API). A file is
 * removed once it has been out of use for the keep time, as seen by sweeps, and has not been
 * written or stored again in that time. Undoing a deleted take in the meantime brings its clip
 * back into use.
 *
 * When a file was first seen out of use is kept in `<root>/.unused.json`, so a restart does not
 * start the wait again. A sweep runs at start and then every hour; it never rejects, and logs
 * what it could not read or remove.
 */
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { recordsArray, takesArray } from '@sceneboard/shared'
import type { BoardStorage } from '../storage/board-storage.js'
import type { JobRecord, JobStorage } from '../jobs/job-storage.js'
import { applyStoredBoard } from '../persistence/stored-board.js'
import type { SyncLogger } from '../sync/sync-logger.js'
import { PeriodicSweep, type SweepTimers } from '../sweeps/periodic-sweep.js'
import { MEDIA_NAME_PATTERN } from './media-types.js'

/** The default keep time of a file out of use: 7 days. */
export const DEFAULT_MEDIA_KEEP_MS = 7 * 24 * 60 * 60 * 1000
const SWEEP_EVERY_MS = 60 * 60 * 1000
const LEDGER_NAME = '.unused.json'
/** Media names inside anything: `/clips/<sha256>.<ext>`. */
const CLIP_URLS = /\/clips\/([a-f0-9]{64}\.[a-z0-9]+)/g
const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const

export interface MediaCollectorOptions {
  /** DATA_DIR/media, as FileMediaStore keeps it. */
  root: string
  boards: Pick<BoardStorage, 'listBoards' | 'loadBoard'>
  jobs: Pick<JobStorage, 'listJobs'>
  logger: SyncLogger
  /** How long a file stays after it went out of use (default 7 days). */
  keepMs?: number
  /** Time between two sweeps (default an hour, never more than the keep time). */
  sweepEveryMs?: number
  /** The clock (milliseconds since the epoch). */
  now?: () => number
  timers?: SweepTimers
}

export interface MediaSweep {
  /** Files removed by this sweep. */
  removed: string[]
  /** Files out of use and waiting out the keep time. */
  waiting: number
}

export class MediaCollector {
  readonly keepMs: number
  private readonly now: () => number
  private readonly sweeps: PeriodicSweep<MediaSweep>

  constructor(private readonly options: MediaCollectorOptions) {
    this.keepMs = options.keepMs ?? DEFAULT_MEDIA_KEEP_MS
    this.now = options.now ?? Date.now
    const every = options.sweepEveryMs ?? Math.max(1_000, Math.min(this.keepMs, SWEEP_EVERY_MS))
    this.sweeps = new PeriodicSweep(() => this.sweepOnce(), every, options.timers)
  }

  sweep(): Promise<MediaSweep> {
    return this.sweeps.sweep()
  }

  start(): Promise<void> {
    return this.sweeps.start()
  }

  stop(): Promise<void> {
    return this.sweeps.stop()
  }

  private async sweepOnce(): Promise<MediaSweep> {
    const { logger } = this.options
    const nothing = { removed: [], waiting: 0 }
    let inUse: Set<string>
    try {
      inUse = await this.namesInUse()
    } catch (error) {
      // Without knowing every reference, nothing can be removed safely.
      logger.warn({ err: error }, 'could not read what refers to the media; nothing removed')
      return nothing
    }
    const files = await this.storedFiles().catch((error: unknown) => {
      logger.warn({ err: error }, 'could not list the media store')
      return null
    })
    if (!files) return nothing
    const ledger = await this.readLedger()
    const next: Record<string, number> = {}
    const removed: string[] = []
    const now = this.now()
    for (const [name, path] of files) {
      if (inUse.has(name)) continue
      try {
        // Written or stored again lately: in use, or about to be.
        const { mtimeMs } = await stat(path)
        if (now - mtimeMs < this.keepMs) continue
        const since = ledger[name] ?? now
        if (now - since < this.keepMs) {
          next[name] = since
          continue
        }
        await rm(path, { force: true })
        removed.push(name)
      } catch (error) {
        logger.warn({ err: error, file: name }, 'could not sweep a media file')
        if (ledger[name] !== undefined) next[name] = ledger[name]
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(ledger)) {
      await this.writeLedger(next).catch((error: unknown) =>
        logger.warn({ err: error }, 'could not write the list of unused media'),
      )
    }
    if (removed.length > 0) logger.info({ files: removed }, 'removed media nothing uses')
    return { removed, waiting: Object.keys(next).length }
  }

  /** Every media name a board or a job refers to. */
  private async namesInUse(): Promise<Set<string>> {
    const names = new Set<string>()
    const collect = (value: unknown) => {
      for (const match of JSON.stringify(value ?? null).matchAll(CLIP_URLS)) {
        const name = match[1] as string
        if (MEDIA_NAME_PATTERN.test(name)) names.add(name)
      }
    }
    for (const summary of await this.options.boards.listBoards()) {
      const stored = await this.options.boards.loadBoard(summary.id)
      if (!stored) continue // deleted meanwhile
      const doc = new Y.Doc({ gc: true })
      try {
        applyStoredBoard(doc, stored)
        collect(recordsArray(doc).toJSON())
        collect(takesArray(doc).toJSON())
      } finally {
        doc.destroy()
      }
    }
    const now = this.now()
    for (const job of await this.options.jobs.listJobs(JOB_STATUSES)) {
      if (this.jobHolds(job, now)) collect(job)
    }
    return names
  }

  /** A job refers to its files until it finished, then for the keep time. */
  private jobHolds(job: JobRecord, now: number): boolean {
    if (job.status === 'queued' || job.status === 'running') return true
    return now - (job.finishedAt ?? job.updatedAt) < this.keepMs
  }

  /** Each stored file's name and path (`<root>/<h0h1>/<h2h3>/<name>`). */
  private async storedFiles(): Promise<Map<string, string>> {
    const { root } = this.options
    const files = new Map<string, string>()
    const folders = async (path: string) =>
      (await readdir(path, { withFileTypes: true }).catch(() => []))
        .filter((entry) => entry.isDirectory() && /^[a-f0-9]{2}$/.test(entry.name))
        .map((entry) => join(path, entry.name))
    for (const outer of await folders(root)) {
      for (const inner of await folders(outer)) {
        for (const entry of await readdir(inner, { withFileTypes: true })) {
          if (entry.isFile() && MEDIA_NAME_PATTERN.test(entry.name)) {
            files.set(entry.name, join(inner, entry.name))
          }
        }
      }
    }
    return files
  }

  private async readLedger(): Promise<Record<string, number>> {
    try {
      const parsed: unknown = JSON.parse(
        await readFile(join(this.options.root, LEDGER_NAME), 'utf8'),
      )
      if (!parsed || typeof parsed !== 'object') return {}
      return Object.fromEntries(
        Object.entries(parsed).filter(
          (entry): entry is [string, number] =>
            MEDIA_NAME_PATTERN.test(entry[0]) && Number.isFinite(entry[1]),
        ),
      )
    } catch {
      return {} // none yet, or unreadable: the wait starts again, which only keeps files longer
    }
  }

  private async writeLedger(ledger: Record<string, number>): Promise<void> {
    const path = join(this.options.root, LEDGER_NAME)
    await writeFile(`${path}.part`, JSON.stringify(ledger))
    await rename(`${path}.part`, path)
  }
}
