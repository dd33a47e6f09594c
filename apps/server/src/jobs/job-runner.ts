/**
 * Running one job through its provider, from start (or resume) to its end:
 *
 *   running  -> plan and start at the provider, store the handle at once (unless resuming one)
 *            -> poll every pollIntervalMs; progress stored at most every progressIntervalMs
 *   succeeded: download, store the video (and poster, or one made with ffmpeg), measure it
 *   failed:    the provider's own message
 *   canceled:  asked for (the provider's cancel is called) or done by the provider
 *
 * Stopping: the queue aborts `signal` and says why. For a cancel the job ends canceled; for a
 * shutdown it is left `running` with its handle, to be resumed (hosted) or rendered again
 * (previs, whose renders live in this process and are stopped here) on the next start.
 * Retrying transient HTTP failures is the providers' HTTP client's job; what still fails here
 * ends the job with that failure's message.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { isProviderError, type PollResult, type RemoteHandle } from '@sceneboard/providers'
import { ingestClip } from '../media/media-ingest.js'
import type { MediaStore } from '../media/media-store.js'
import type { SyncLogger } from '../sync/sync-logger.js'
import { generationRequestOf } from './generation-request.js'
import type { JobLedger } from './job-ledger.js'
import type { JobRecord } from './job-storage.js'
import type { ProviderRegistry, RegisteredProvider } from './providers/provider-registry.js'

export type StopReason = 'canceled' | 'shutdown'

export interface RunnerDeps {
  registry: ProviderRegistry
  ledger: JobLedger
  media: MediaStore
  logger: SyncLogger
  /** Least time between two stored progress values of one job. */
  progressIntervalMs: number
  previsSlate: boolean
}

export interface RunControl {
  signal: AbortSignal
  /** Why `signal` was aborted (null while it is not). */
  stopReason(): StopReason | null
}

/** How long a provider's cancel may take once a job is canceled. */
const CANCEL_TIMEOUT_MS = 30_000

class Stopped extends Error {}

function messageOf(error: unknown): string {
  if (isProviderError(error)) return error.message
  return error instanceof Error ? error.message : String(error)
}

export class JobRunner {
  constructor(private readonly deps: RunnerDeps) {}

  /** Runs `job` to its end, or until stopped. Never rejects. */
  async run(initial: JobRecord, control: RunControl): Promise<void> {
    const { ledger, logger } = this.deps
    let job = initial
    const entry = this.deps.registry.get(job.provider)
    if (!entry) {
      await ledger.finish(job, {
        status: 'failed',
        error: `the provider "${job.provider}" is not enabled on this server`,
      })
      return
    }
    const resuming = entry.resumable && job.handle !== null
    let handle: RemoteHandle | null = resuming ? job.handle : null
    try {
      job = await ledger.update(job, {
        status: 'running',
        startedAt: job.startedAt ?? Date.now(),
        ...(resuming ? {} : { attempts: job.attempts + 1, progress: 0, handle: null }),
      })
      this.checkStopped(control)
      if (!handle) {
        const request = await generationRequestOf(job.request, this.deps.media, {
          model: job.model,
          slate: this.deps.previsSlate,
        })
        const planned = entry.provider.plan(request)
        handle = await entry.provider.start(planned, { signal: control.signal })
        // The handle is all a restarted server needs: stored before anything else happens.
        job = await ledger.update(job, {
          handle,
          model: planned.model,
          adjustments: planned.changes.map((change) => change.message),
        })
      }
      this.checkStopped(control)
      const outcome = await this.pollUntilDone(job, entry, handle, control, (next) => (job = next))
      this.checkStopped(control)
      if (outcome.status === 'succeeded') {
        const clip = await this.download(entry, handle, control)
        this.checkStopped(control)
        await ledger.finish(job, { status: 'succeeded', progress: 1, clip, error: null })
      } else if (outcome.status === 'failed') {
        if (!entry.resumable) await this.release(entry, handle)
        await ledger.finish(job, {
          status: 'failed',
          error: outcome.error ?? `${entry.provider.label} reported the job failed`,
        })
      } else {
        await ledger.finish(job, {
          status: 'canceled',
          error: `canceled at ${entry.provider.label}`,
        })
      }
    } catch (error) {
      await this.stopped(job, entry, handle, control, error).catch((failure: unknown) =>
        logger.error({ err: failure, jobId: job.id }, 'could not record the end of a job'),
      )
    }
  }

  private checkStopped(control: RunControl): void {
    if (control.stopReason() !== null) throw new Stopped()
  }

  /** What happens after an error: a cancel, a shutdown, or a failure. */
  private async stopped(
    job: JobRecord,
    entry: RegisteredProvider,
    handle: RemoteHandle | null,
    control: RunControl,
    error: unknown,
  ): Promise<void> {
    const reason = control.stopReason()
    const { provider } = entry
    if (reason === 'shutdown') {
      // Hosted jobs keep running remotely and are polled again after the restart.
      if (!entry.resumable && handle) await this.release(entry, handle)
      return
    }
    if (reason === 'canceled') {
      if (handle && provider.cancel) {
        await provider
          .cancel(handle, { signal: AbortSignal.timeout(CANCEL_TIMEOUT_MS) })
          .catch((failure: unknown) =>
            this.deps.logger.warn(
              { err: failure, jobId: job.id },
              'the provider could not cancel a job',
            ),
          )
      }
      await this.deps.ledger.finish(job, { status: 'canceled', error: null })
      return
    }
    this.deps.logger.info({ jobId: job.id, error: messageOf(error) }, 'a job failed')
    if (!entry.resumable && handle) await this.release(entry, handle)
    await this.deps.ledger.finish(job, { status: 'failed', error: messageOf(error) })
  }

  /** Stops and frees work a local provider (previs) holds for a job; never throws. */
  private async release(entry: RegisteredProvider, handle: RemoteHandle): Promise<void> {
    await entry.provider
      .cancel?.(handle)
      .catch((error: unknown) =>
        this.deps.logger.warn({ err: error }, 'could not free a local render'),
      )
  }

  private async pollUntilDone(
    initial: JobRecord,
    entry: RegisteredProvider,
    handle: RemoteHandle,
    control: RunControl,
    onUpdate: (job: JobRecord) => void,
  ): Promise<PollResult> {
    let job = initial
    let lastWrite = 0
    for (;;) {
      const result = await entry.provider.poll(handle, { signal: control.signal })
      if (result.status === 'succeeded' || result.status === 'failed') return result
      if (result.status === 'canceled') return result
      this.checkStopped(control)
      const progress = result.progress
      const now = Date.now()
      if (
        progress !== undefined &&
        progress > job.progress &&
        now - lastWrite >= this.deps.progressIntervalMs
      ) {
        job = await this.deps.ledger.update(job, { progress: Math.min(progress, 0.99) })
        onUpdate(job)
        lastWrite = now
      }
      await sleep(entry.pollIntervalMs, undefined, { signal: control.signal })
    }
  }

  private async download(entry: RegisteredProvider, handle: RemoteHandle, control: RunControl) {
    const clip = await entry.provider.download(handle, { signal: control.signal })
    return ingestClip(this.deps.media, clip.video.bytes, clip.poster?.bytes ?? null)
  }
}
