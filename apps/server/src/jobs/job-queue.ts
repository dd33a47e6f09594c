/**
 * The job queue: one lane per provider, first in first out, with that provider's concurrency
 * limit (PREVIS_CONCURRENCY for previs, HOSTED_CONCURRENCY for each hosted provider). Jobs are
 * persisted before they enter a lane, so the lanes are only the in-memory order of what storage
 * already holds.
 *
 * On start every unfinished job comes back: those left `running` first (hosted ones resume
 * polling with their stored handle, previs ones render again), then the `queued` ones, each in
 * the order they were created. Nothing is left spinning: a job whose provider is no longer
 * enabled ends failed with a message saying so.
 *
 * Cancel: a queued job ends canceled at once; a running one is stopped (its previs render
 * aborted, or its hosted provider asked to cancel) and then ends canceled. Close: running jobs
 * are stopped as for a shutdown and stay `running` in storage for the next start.
 */
import type { JobStatus } from '@sceneboard/shared'
import type { SyncLogger } from '../sync/sync-logger.js'
import { EXPORT_PROVIDER_ID } from './export-jobs.js'
import type { JobLedger } from './job-ledger.js'
import type { JobRunner, RunControl, StopReason } from './job-runner.js'
import type { JobRecord, JobStorage } from './job-storage.js'
import type { ProviderRegistry } from './providers/provider-registry.js'

interface Lane {
  waiting: string[]
  running: Set<string>
  limit: number
}

interface RunningJob {
  controller: AbortController
  reason: StopReason | null
  done: Promise<void>
}

export interface JobQueueDeps {
  storage: JobStorage
  ledger: JobLedger
  runner: JobRunner
  registry: ProviderRegistry
  logger: SyncLogger
  /** Runs the jobs of the export lane (provider "export"). */
  exports?: { run(job: JobRecord, control: RunControl): Promise<void> }
}

export const UNFINISHED_STATUSES: readonly JobStatus[] = ['queued', 'running']

export class JobQueue {
  private readonly lanes = new Map<string, Lane>()
  private readonly running = new Map<string, RunningJob>()
  private readonly idleWaiters = new Set<() => void>()
  private closing = false

  constructor(private readonly deps: JobQueueDeps) {}

  /** Brings back every unfinished job (after a restart) and starts running them. */
  async start(): Promise<void> {
    const unfinished = await this.deps.storage.listJobs(UNFINISHED_STATUSES)
    const ordered = [
      ...unfinished.filter((job) => job.status === 'running'),
      ...unfinished.filter((job) => job.status === 'queued'),
    ]
    for (const job of ordered) await this.deps.ledger.restoreTake(job)
    if (ordered.length > 0) {
      this.deps.logger.info({ jobs: ordered.length }, 'resuming unfinished jobs')
    }
    this.enqueue(ordered)
  }

  /** Adds stored jobs at the end of their providers' lanes. */
  enqueue(jobs: readonly JobRecord[]): void {
    if (this.closing) return
    const touched = new Set<string>()
    for (const job of jobs) {
      this.lane(job.provider).waiting.push(job.id)
      touched.add(job.provider)
    }
    for (const provider of touched) this.pump(provider)
  }

  /** Cancels a job; resolves with it as stored afterwards, or null when there is no such job. */
  async cancel(id: string): Promise<JobRecord | null> {
    const running = this.running.get(id)
    if (running) {
      running.reason ??= 'canceled'
      running.controller.abort()
      await running.done
      return this.deps.storage.getJob(id)
    }
    const job = await this.deps.storage.getJob(id)
    if (!job || job.status !== 'queued') return job
    const lane = this.lanes.get(job.provider)
    if (lane) lane.waiting = lane.waiting.filter((waiting) => waiting !== id)
    const canceled = await this.deps.ledger.finish(job, { status: 'canceled', error: null })
    this.notifyIdle()
    return canceled
  }

  /** Resolves when no job is waiting or running. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.add(resolve))
  }

  /** Stops every running job for a shutdown (they stay `running` for the next start). */
  async close(): Promise<void> {
    this.closing = true
    for (const lane of this.lanes.values()) lane.waiting = []
    const stopping = [...this.running.values()]
    for (const job of stopping) {
      job.reason ??= 'shutdown'
      job.controller.abort()
    }
    await Promise.all(stopping.map((job) => job.done))
    await this.deps.registry.stop()
  }

  private lane(provider: string): Lane {
    let lane = this.lanes.get(provider)
    if (!lane) {
      const limit = this.deps.registry.get(provider)?.concurrency ?? 1
      lane = { waiting: [], running: new Set(), limit }
      this.lanes.set(provider, lane)
    }
    return lane
  }

  private pump(provider: string): void {
    const lane = this.lane(provider)
    while (!this.closing && lane.running.size < lane.limit && lane.waiting.length > 0) {
      const id = lane.waiting.shift()!
      lane.running.add(id)
      const entry: RunningJob = {
        controller: new AbortController(),
        reason: null,
        done: Promise.resolve(),
      }
      this.running.set(id, entry)
      entry.done = this.runStored(id, entry).finally(() => {
        lane.running.delete(id)
        this.running.delete(id)
        this.pump(provider)
        this.notifyIdle()
      })
    }
  }

  private async runStored(id: string, entry: RunningJob): Promise<void> {
    try {
      const job = await this.deps.storage.getJob(id)
      if (!job || (job.status !== 'queued' && job.status !== 'running')) return
      const control = { signal: entry.controller.signal, stopReason: () => entry.reason }
      if (job.provider === EXPORT_PROVIDER_ID && this.deps.exports) {
        await this.deps.exports.run(job, control)
      } else {
        await this.deps.runner.run(job, control)
      }
    } catch (error) {
      this.deps.logger.error({ err: error, jobId: id }, 'a job could not be run')
    }
  }

  private isIdle(): boolean {
    return (
      this.running.size === 0 && [...this.lanes.values()].every((lane) => lane.waiting.length === 0)
    )
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return
    for (const resolve of this.idleWaiters) resolve()
    this.idleWaiters.clear()
  }
}
