/**
 * Export jobs: a board made into a file (MP4 animatic, PDF storyboard, CSV shot list, OTIO, EDL,
 * FCPXML, or a timeline with its clips as an editor package ZIP) by the exporters package, run
 * through the same persisted queue as generation in a lane of their own (provider "export", one
 * at a time).
 *
 * A job stores its request (format and options) and the board's title at the time of the request
 * under `request.export`; it writes no take. Running it reads the board document through its room
 * (records, sequence, takes), builds the film with the clips' files in the media store, and
 * writes the file to DATA_DIR/exports/<job id>/. A job left running by a stopped server runs
 * again on the next start (EXP-3); a cancel stops an MP4 render at once (EXP-4). A failed or
 * canceled export leaves no folder; a succeeded one's is kept for the retention time and then
 * swept (EXP-7, export-retention.ts).
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  exportFileType,
  exportFilm,
  filmFromBoard,
  scenesFromFrames,
  withMediaPaths,
  type BoardRecordLike,
  type ExportRequest,
} from '@sceneboard/exporters'
import {
  defaultShotSpec,
  readShotNumbering,
  recordsArray,
  sequenceArray,
  takesArray,
  type JobFile,
  type Take,
} from '@sceneboard/shared'
import { mediaNameOf, type MediaStore } from '../media/media-store.js'
import type { SyncLogger } from '../sync/sync-logger.js'
import type { SyncServer } from '../sync/sync-server.js'
import { readEntries } from '../takes/keyed-entries.js'
import { ExportRetention } from './export-retention.js'
import type { JobLedger } from './job-ledger.js'
import type { RunControl } from './job-runner.js'
import { newJobId } from './job-service.js'
import type { JobRecord } from './job-storage.js'

/** The queue lane (and the job's `provider`) of export jobs. */
export const EXPORT_PROVIDER_ID = 'export'
/** Export files inside DATA_DIR, one folder a job. */
export const EXPORTS_DIR_NAME = 'exports'

/** What an export job keeps in its request. */
export interface ExportJobRequest {
  request: ExportRequest
  /** The board's title when the export was asked for (the download's file name). */
  title: string
}

/** A finished export's file, as `GET /api/jobs/:id` shows it. */
export type ExportFileView = JobFile

export interface ExportJobsDeps {
  sync: SyncServer
  media: MediaStore
  ledger: JobLedger
  logger: SyncLogger
  exportsDir: string
  progressIntervalMs: number
  /** How long a succeeded export's file is kept after it finished (default 24 h). */
  retentionMs?: number
}

export function isExportJob(job: JobRecord): boolean {
  return job.provider === EXPORT_PROVIDER_ID
}

export function exportOf(job: JobRecord): ExportJobRequest | null {
  const value = (job.request as { export?: ExportJobRequest }).export
  return isExportJob(job) && value ? value : null
}

/**
 * "Sample: The Lighthouse" -> "Sample The Lighthouse.csv" (an editor package: "….otio.zip"): safe
 * inside a quoted header. `extension` is `exportFileType(request).extension`.
 */
export function downloadName(title: string, extension: string): string {
  const stem =
    title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'sceneboard'
  return `${stem}.${extension}`
}

/** Header value with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class ExportJobs {
  /** Removes export folders that are no longer kept; started and stopped with the server. */
  readonly retention: ExportRetention

  constructor(private readonly deps: ExportJobsDeps) {
    this.retention = new ExportRetention({
      exportsDir: deps.exportsDir,
      jobs: deps.ledger.storage,
      isExport: isExportJob,
      logger: deps.logger,
      retentionMs: deps.retentionMs,
    })
  }

  /** A new export job record (not stored yet). */
  newJob(boardId: string, title: string, request: ExportRequest): JobRecord {
    const now = Date.now()
    const exportRequest: ExportJobRequest = { request, title }
    return {
      id: newJobId(),
      status: 'queued',
      progress: 0,
      error: null,
      provider: EXPORT_PROVIDER_ID,
      model: request.format,
      request: {
        spec: defaultShotSpec(),
        prompt: '',
        seed: null,
        mode: 'generate',
        origin: { kind: 'generate' },
        source: null,
        boardId,
        sceneId: null,
        requestedBy: { id: '', name: '' },
        shotNumber: null,
        export: exportRequest,
      } as JobRecord['request'],
      handle: null,
      adjustments: [],
      clip: null,
      takeId: null,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      finishedAt: null,
    }
  }

  folderOf(jobId: string): string {
    return join(this.deps.exportsDir, jobId.replace(/[^A-Za-z0-9_-]/g, '_'))
  }

  /** The finished file of an export job, or null (also once it is past its retention). */
  async fileOf(
    job: JobRecord,
  ): Promise<(ExportFileView & { path: string; downloadName: string }) | null> {
    const exported = exportOf(job)
    if (!exported || job.status !== 'succeeded' || this.retention.isExpired(job)) return null
    const folder = this.folderOf(job.id)
    const names = await readdir(folder).catch(() => [] as string[])
    const fileName = names.find((name) => !name.startsWith('.'))
    if (!fileName) return null
    const path = join(folder, fileName)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return null
    const { mime, extension } = exportFileType(exported.request)
    const saveAs = downloadName(exported.title, extension)
    return {
      url: `/api/exports/${encodeURIComponent(job.id)}/file`,
      mime,
      bytes: info.size,
      // The name the browser saves it under (the download's header), so the UI can say so.
      name: saveAs,
      path,
      downloadName: saveAs,
    }
  }

  /** Runs an export job to its end, or until stopped (a shutdown leaves it `running`). */
  async run(initial: JobRecord, control: RunControl): Promise<void> {
    const { ledger, logger } = this.deps
    const exported = exportOf(initial)
    let job = initial
    if (!exported || !job.request.boardId) {
      await ledger.finish(job, { status: 'failed', error: 'the export request is missing' })
      return
    }
    const boardId = job.request.boardId
    const folder = this.folderOf(job.id)
    try {
      job = await ledger.update(job, {
        status: 'running',
        startedAt: job.startedAt ?? Date.now(),
        attempts: job.attempts + 1,
        progress: 0,
      })
      await rm(folder, { recursive: true, force: true })
      await mkdir(folder, { recursive: true })
      const film = await this.film(boardId, exported.title)
      let lastStored = 0
      let pending: Promise<unknown> = Promise.resolve()
      const onProgress = (fraction: number) => {
        const now = Date.now()
        if (now - lastStored < this.deps.progressIntervalMs || fraction >= 1) return
        lastStored = now
        const progress = Math.min(0.99, Math.max(0, fraction))
        pending = pending
          .then(() => this.deps.ledger.storage.updateJob(job.id, { progress }))
          .catch(() => {})
      }
      const file = await exportFilm(film, exported.request, {
        outDir: folder,
        signal: control.signal,
        onProgress,
        workDir: folder,
      })
      if (file.package?.missing.length) {
        logger.warn(
          { jobId: job.id, shots: file.package.missing },
          'an editor package went without clips whose files are not in the media store',
        )
      }
      await pending
      if (control.signal.aborted) throw new Error('stopped')
      await ledger.finish(job, { status: 'succeeded', progress: 1, error: null })
    } catch (error) {
      const reason = control.stopReason()
      if (reason === 'shutdown') return
      await rm(folder, { recursive: true, force: true }).catch(() => {})
      if (reason === 'canceled') {
        await ledger.finish(job, { status: 'canceled', error: null })
        return
      }
      logger.warn({ err: error, jobId: job.id }, 'an export failed')
      await ledger.finish(job, { status: 'failed', error: messageOf(error).slice(0, 2000) })
    }
  }

  /**
   * The board as a film, its shots numbered as the board shows them (its numbering style and
   * its scenes), with the clips' and posters' files found in the media store.
   */
  private async film(boardId: string, title: string) {
    const { numbering, ...snapshot } = await this.deps.sync.withRoom(boardId, ({ doc }) => ({
      records: [...readEntries(recordsArray<BoardRecordLike>(doc)).values()],
      sequence: sequenceArray(doc).toArray(),
      takes: [...readEntries(takesArray<Take>(doc)).values()],
      numbering: readShotNumbering(doc),
    }))
    const film = filmFromBoard(
      { title, ...snapshot },
      { numbering, scenes: scenesFromFrames(snapshot.records) },
    )
    return withMediaPaths(film, async (url) => {
      const name = mediaNameOf(url)
      return name ? this.deps.media.localPath(name) : null
    })
  }
}
