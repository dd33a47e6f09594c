/**
 * A hosted-style VideoProvider the test drives: every job it starts stays `running` (reporting
 * the progress the test sets) until the test finishes it, fails it, or the queue cancels it.
 * It records every call, so a test can see the order jobs started in and how many ran at once.
 */
import {
  ProviderError,
  type DownloadedClip,
  type GenerationRequest,
  type ModelInfo,
  type PlannedRequest,
  type PollResult,
  type ProviderInfo,
  type RemoteHandle,
  type VideoProvider,
} from '@sceneboard/providers'

interface ScriptedJob {
  planned: PlannedRequest
  progress: number
  outcome: PollResult | null
}

export const SCRIPTED_MODEL: ModelInfo = {
  id: 'scripted-1',
  label: 'Scripted',
  durations: [1, 2, 4],
  sizes: [{ width: 320, height: 240 }],
  imageInput: 'none',
  extend: false,
  remix: false,
  seed: true,
  maxPromptLength: 10_000,
}

export class ScriptedProvider implements VideoProvider {
  readonly label: string
  /** remoteIds in the order their jobs started. */
  readonly started: string[] = []
  readonly canceled: string[] = []
  readonly polls: string[] = []
  /** Most jobs that were running at once. */
  maxRunning = 0
  /** When set, the next start fails with this error. */
  failNextStart: ProviderError | null = null
  private readonly jobs = new Map<string, ScriptedJob>()
  private readonly startWaiters: Array<() => void> = []
  private counter = 0

  constructor(
    readonly id: string,
    private readonly video: Uint8Array,
  ) {
    this.label = `Scripted ${id}`
  }

  describe(): ProviderInfo {
    return {
      id: this.id,
      label: this.label,
      models: [SCRIPTED_MODEL],
      defaultModel: SCRIPTED_MODEL.id,
      pollIntervalMs: 10,
    }
  }

  plan(request: GenerationRequest): PlannedRequest {
    const duration = request.spec.durationSeconds
    const durationSeconds = SCRIPTED_MODEL.durations.includes(duration) ? duration : 4
    return {
      providerId: this.id,
      model: request.model ?? SCRIPTED_MODEL.id,
      mode: 'generate',
      prompt: request.prompt,
      durationSeconds,
      size: SCRIPTED_MODEL.sizes[0]!,
      aspectRatio: request.spec.aspectRatio,
      seed: request.seed,
      changes:
        durationSeconds === duration
          ? []
          : [
              {
                field: 'duration',
                from: `${duration} s`,
                to: `${durationSeconds} s`,
                message: `duration ${duration} s -> ${durationSeconds} s`,
              },
            ],
    }
  }

  async start(planned: PlannedRequest): Promise<RemoteHandle> {
    if (this.failNextStart) {
      const error = this.failNextStart
      this.failNextStart = null
      throw error
    }
    const remoteId = `${this.id}-${++this.counter}`
    this.jobs.set(remoteId, { planned, progress: 0, outcome: null })
    this.started.push(remoteId)
    this.maxRunning = Math.max(this.maxRunning, this.running().length)
    for (const resolve of this.startWaiters.splice(0)) resolve()
    return { providerId: this.id, remoteId, model: planned.model }
  }

  async poll(handle: RemoteHandle): Promise<PollResult> {
    this.polls.push(handle.remoteId)
    const job = this.jobs.get(handle.remoteId)
    if (!job) throw new ProviderError('no such job', { providerId: this.id, kind: 'invalid' })
    return job.outcome ?? { status: 'running', progress: job.progress }
  }

  async download(handle: RemoteHandle): Promise<DownloadedClip> {
    if (!this.jobs.has(handle.remoteId)) {
      throw new ProviderError('no such job', { providerId: this.id, kind: 'invalid' })
    }
    return { video: { bytes: this.video, mime: 'video/mp4' } }
  }

  async cancel(handle: RemoteHandle): Promise<void> {
    this.canceled.push(handle.remoteId)
    const job = this.jobs.get(handle.remoteId)
    if (job) job.outcome = { status: 'canceled' }
  }

  /** remoteIds of jobs neither finished nor canceled. */
  running(): string[] {
    return [...this.jobs.entries()].filter(([, job]) => !job.outcome).map(([id]) => id)
  }

  planned(remoteId: string): PlannedRequest | undefined {
    return this.jobs.get(remoteId)?.planned
  }

  setProgress(remoteId: string, progress: number): void {
    this.job(remoteId).progress = progress
  }

  succeed(remoteId: string): void {
    this.job(remoteId).outcome = { status: 'succeeded', progress: 1 }
  }

  fail(remoteId: string, error: string): void {
    this.job(remoteId).outcome = { status: 'failed', error }
  }

  /** Resolves once `count` jobs have started in all. */
  async startedCount(count: number): Promise<void> {
    while (this.started.length < count) {
      await new Promise<void>((resolve) => this.startWaiters.push(resolve))
    }
  }

  private job(remoteId: string): ScriptedJob {
    const job = this.jobs.get(remoteId)
    if (!job) throw new Error(`no scripted job ${remoteId}`)
    return job
  }
}
