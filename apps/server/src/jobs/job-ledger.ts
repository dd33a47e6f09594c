/**
 * Every change of a job's state, in one place: stored in the job storage and mirrored into its
 * take on the board, so that a collaborator sees exactly what `GET /api/jobs/:id` says.
 *
 * A job's end (succeeded, failed, canceled) is written to the take first and to the job storage
 * after: if the server dies in between, the job is still `running` in storage and is resumed or
 * run again on start-up, which writes the take again. The other order could leave a take
 * spinning forever beside a finished job. A take that cannot be written (the board was deleted,
 * the card is gone) never fails the job.
 */
import type { BoardTakes } from '../takes/board-takes.js'
import type { SyncLogger } from '../sync/sync-logger.js'
import type { JobPatch, JobRecord, JobStorage } from './job-storage.js'
import { takeOfJob } from './job-takes.js'

export class JobLedger {
  constructor(
    readonly storage: JobStorage,
    private readonly takes: BoardTakes,
    private readonly logger: SyncLogger,
  ) {}

  /** Stores new jobs, then writes their takes (queued) into their boards. */
  async create(jobs: readonly JobRecord[]): Promise<void> {
    await this.storage.createJobs(jobs)
    await Promise.all(jobs.map((job) => this.writeTake(job, true)))
  }

  /** Writes the take of a job again, creating it when missing (on start-up, for unfinished jobs). */
  restoreTake(job: JobRecord): Promise<void> {
    return this.writeTake(job, true)
  }

  /**
   * A change while the job is queued or running (status, progress, handle, adjustments). The
   * take is written only when something it shows changed (a new handle alone does not).
   */
  async update(job: JobRecord, patch: JobPatch): Promise<JobRecord> {
    const updated = await this.storage.updateJob(job.id, patch)
    if (!updated) throw new Error(`job ${job.id} is no longer stored`)
    if (JSON.stringify(takeOfJob(job)) !== JSON.stringify(takeOfJob(updated))) {
      await this.writeTake(updated, false)
    }
    return updated
  }

  /** The job's end: succeeded (with its clip), failed (with the message) or canceled. */
  async finish(job: JobRecord, patch: JobPatch & { status: 'succeeded' | 'failed' | 'canceled' }) {
    const finishedAt = Date.now()
    const ended: JobRecord = { ...job, ...patch, finishedAt, updatedAt: finishedAt }
    await this.writeTake(ended, false)
    const stored = await this.storage.updateJob(job.id, { ...patch, finishedAt }, finishedAt)
    return stored ?? ended
  }

  private async writeTake(job: JobRecord, create: boolean): Promise<void> {
    const take = takeOfJob(job)
    if (!take || !job.request.boardId) return
    try {
      const result = await this.takes.write(job.request.boardId, take, {
        create,
        select: job.status === 'succeeded',
      })
      if (!result.written && result.reason === 'card-missing') {
        this.logger.info({ jobId: job.id, cardId: take.cardId }, 'the card of a job is gone')
      }
    } catch (error) {
      this.logger.warn(
        { err: error, jobId: job.id, boardId: job.request.boardId },
        'could not write the take of a job',
      )
    }
  }
}
