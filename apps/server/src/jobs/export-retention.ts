/**
 * How long export files stay on disk (rule EXP-7): a succeeded export's folder in
 * DATA_DIR/exports/<job id>/ is kept for the retention time after its job finished, then removed.
 * Folders of failed or canceled exports, and folders that belong to no export job, are removed
 * at once; those of queued and running exports are left to their job (EXP-3).
 *
 * `start()` sweeps once (at server start) and then every `sweepEveryMs` on a timer that never
 * keeps the process alive; `stop()` clears it and waits for a sweep in flight. An export past its
 * retention counts as gone from that moment (`isExpired`), whether or not a sweep removed it yet.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { SyncLogger } from '../sync/sync-logger.js'
import { PeriodicSweep, type SweepTimers } from '../sweeps/periodic-sweep.js'
import type { JobRecord, JobStorage } from './job-storage.js'

export type { SweepTimers } from '../sweeps/periodic-sweep.js'

/** The default retention of a finished export: 24 hours. */
export const DEFAULT_EXPORT_RETENTION_MS = 24 * 60 * 60 * 1000
/** The longest time between two sweeps (shorter when the retention is). */
export const MAX_SWEEP_INTERVAL_MS = 60 * 60 * 1000

export interface ExportRetentionOptions {
  /** DATA_DIR/exports: one folder per export job, named by its id. */
  exportsDir: string
  jobs: Pick<JobStorage, 'getJob'>
  /** Whether a stored job is an export (only export jobs own folders here). */
  isExport(job: JobRecord): boolean
  logger: SyncLogger
  /** How long a succeeded export's file is kept after it finished (default 24 h). */
  retentionMs?: number
  /** Time between two sweeps (default the retention, at most an hour). */
  sweepEveryMs?: number
  /** The clock (milliseconds since the epoch) the retention is measured with. */
  now?: () => number
  timers?: SweepTimers
}

/** Why a folder was removed by a sweep. */
export type SweepReason = 'expired' | 'ended' | 'orphan'

export interface SweptFolder {
  name: string
  reason: SweepReason
}

/** "24 h", "90 min", "45 s": a retention in words for error messages. */
export function describeRetention(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`
  return `${Math.round(ms / 1000)} s`
}

export class ExportRetention {
  readonly retentionMs: number
  readonly sweepEveryMs: number
  private readonly now: () => number
  private readonly sweeps: PeriodicSweep<SweptFolder[]>

  constructor(private readonly options: ExportRetentionOptions) {
    this.retentionMs = options.retentionMs ?? DEFAULT_EXPORT_RETENTION_MS
    this.sweepEveryMs =
      options.sweepEveryMs ?? Math.max(1_000, Math.min(this.retentionMs, MAX_SWEEP_INTERVAL_MS))
    this.now = options.now ?? Date.now
    this.sweeps = new PeriodicSweep(() => this.sweepOnce(), this.sweepEveryMs, options.timers)
  }

  /** When a succeeded export's file stops being kept; null for any other job. */
  expiresAt(job: JobRecord): number | null {
    if (job.status !== 'succeeded') return null
    return (job.finishedAt ?? job.updatedAt) + this.retentionMs
  }

  /** Whether a succeeded export is past its retention (its file counts as gone). */
  isExpired(job: JobRecord): boolean {
    const expiresAt = this.expiresAt(job)
    return expiresAt !== null && this.now() >= expiresAt
  }

  /**
   * Removes every folder that is no longer kept and says which and why. Never rejects: a folder
   * that cannot be read or removed is logged and tried again on the next sweep.
   */
  sweep(): Promise<SweptFolder[]> {
    return this.sweeps.sweep()
  }

  /** Sweeps now, then every `sweepEveryMs` until `stop()`. */
  start(): Promise<void> {
    return this.sweeps.start()
  }

  /** Stops the timer and waits for a sweep in flight. */
  stop(): Promise<void> {
    return this.sweeps.stop()
  }

  private async sweepOnce(): Promise<SweptFolder[]> {
    const { exportsDir, logger } = this.options
    let names: string[]
    try {
      names = await readdir(exportsDir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        logger.warn({ err: error, exportsDir }, 'could not read the exports folder')
      }
      return []
    }
    const swept: SweptFolder[] = []
    for (const name of names) {
      try {
        const reason = await this.reasonToRemove(name)
        if (!reason) continue
        await rm(join(exportsDir, name), { recursive: true, force: true })
        swept.push({ name, reason })
      } catch (error) {
        logger.warn({ err: error, folder: name }, 'could not sweep an export folder')
      }
    }
    if (swept.length > 0) logger.info({ folders: swept }, 'removed export folders')
    return swept
  }

  private async reasonToRemove(name: string): Promise<SweepReason | null> {
    const job = await this.options.jobs.getJob(name)
    if (!job || !this.options.isExport(job)) return 'orphan'
    if (job.status === 'failed' || job.status === 'canceled') return 'ended'
    return this.isExpired(job) ? 'expired' : null
  }
}
