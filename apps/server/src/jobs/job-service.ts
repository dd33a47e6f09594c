/**
 * What the jobs API asks of the server: turning a request into stored, queued jobs (one per
 * variation), cancelling, and the JobView the API answers with.
 *
 * A request is checked before anything is stored: the provider and model must be enabled, the
 * board and card must exist, a remix or extension needs a finished source take on that board,
 * and the provider must be able to plan it (a value it cannot do is mapped to the nearest it can
 * and listed in the adjustments; what cannot be fitted at all is refused with its reason).
 * Variations differ by seed only: the first keeps the spec's seed, each next one gets a seed
 * derived from it, so the same request asks for the same set of takes.
 */
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import {
  composePrompt,
  type CreateJobRequest,
  type JobView,
  type Requester,
  type TakeOrigin,
} from '@sceneboard/shared'
import { isProviderError } from '@sceneboard/providers'
import { extractLastFrame } from '../media/ffmpeg-tools.js'
import { mediaNameOf, type MediaStore } from '../media/media-store.js'
import type { BoardStorage } from '../storage/board-storage.js'
import type { BoardTakes } from '../takes/board-takes.js'
import { generationRequestOf } from './generation-request.js'
import type { JobLedger } from './job-ledger.js'
import type { JobQueue } from './job-queue.js'
import type { JobRecord, JobSource } from './job-storage.js'
import { takeIdOf } from './job-takes.js'
import { PREVIS_PROVIDER_ID } from './providers/previs-provider.js'
import type { ProviderRegistry } from './providers/provider-registry.js'

/** A request the API refuses: its HTTP status, a code and a message for the person. */
export class JobRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'JobRequestError'
  }
}

export interface JobServiceDeps {
  registry: ProviderRegistry
  ledger: JobLedger
  queue: JobQueue
  boards: BoardStorage
  takes: BoardTakes
  media: MediaStore
  previsSlate: boolean
}

const ANONYMOUS: Requester = { id: '', name: '' }

/** The seed of variation `index`: the spec's own for the first, then spread over 32 bits. */
export function variationSeed(seed: number, index: number): number {
  return index === 0 ? seed : (seed + Math.imul(index, 0x9e3779b9)) >>> 0
}

export function newJobId(): string {
  return `job_${randomBytes(12).toString('base64url')}`
}

export function jobView(job: JobRecord): JobView {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    ...(job.error !== null ? { error: job.error } : {}),
    ...(job.clip !== null ? { clip: job.clip } : {}),
    provider: job.provider,
    model: job.model,
    ...(job.takeId !== null ? { takeId: job.takeId } : {}),
    adjustments: job.adjustments,
    createdAt: new Date(job.createdAt).toISOString(),
    updatedAt: new Date(job.updatedAt).toISOString(),
  }
}

export class JobService {
  constructor(private readonly deps: JobServiceDeps) {}

  /** Checks, stores and queues the jobs of a request; resolves with them (one per variation). */
  async create(request: CreateJobRequest): Promise<JobRecord[]> {
    const { registry } = this.deps
    const providerId = request.provider ?? registry.defaultId
    const entry = registry.get(providerId)
    if (!entry) {
      throw new JobRequestError(
        400,
        'unknown_provider',
        `there is no enabled provider "${providerId}" (enabled: ${registry.ids.join(', ')})`,
      )
    }
    const info = entry.provider.describe()
    const model = request.model ?? info.defaultModel
    if (!info.models.some((known) => known.id === model)) {
      throw new JobRequestError(
        400,
        'unknown_model',
        `${info.label} has no model "${model}" (models: ${info.models.map((m) => m.id).join(', ')})`,
      )
    }

    const { boardId, sceneId } = request
    let shotNumber: number | null = null
    let cast: string[] = []
    if (boardId !== undefined && sceneId !== undefined) {
      if (!(await this.deps.boards.exists(boardId))) {
        throw new JobRequestError(404, 'board_not_found', `there is no board ${boardId}`)
      }
      const card = await this.deps.takes.card(boardId, sceneId)
      if (!card) {
        throw new JobRequestError(
          404,
          'card_not_found',
          `board ${boardId} has no scene card ${sceneId}`,
        )
      }
      shotNumber = card.shotNumber
      cast = card.cast
    }
    const mode = request.mode ?? 'generate'
    const source = mode === 'generate' ? null : await this.source(request, providerId)
    const origin: TakeOrigin =
      mode === 'generate' ? { kind: 'generate' } : { kind: mode, fromTakeId: source!.takeId }

    const now = Date.now()
    const jobs: JobRecord[] = []
    for (let index = 0; index < (request.variations ?? 1); index++) {
      const spec = { ...request.spec, seed: variationSeed(request.spec.seed, index) }
      const id = newJobId()
      const job: JobRecord = {
        id,
        status: 'queued',
        progress: 0,
        error: null,
        provider: providerId,
        model,
        request: {
          spec,
          prompt: composePrompt(spec),
          seed: null,
          mode,
          origin,
          source,
          boardId: boardId ?? null,
          sceneId: sceneId ?? null,
          requestedBy: request.requestedBy ?? ANONYMOUS,
          shotNumber,
          ...(cast.length > 0 ? { cast } : {}),
        },
        handle: null,
        adjustments: [],
        clip: null,
        takeId: boardId !== undefined ? takeIdOf(id) : null,
        attempts: 0,
        createdAt: now,
        updatedAt: now,
        startedAt: null,
        finishedAt: null,
      }
      // Plan now, so what the provider cannot do is refused before anything is stored.
      const generation = await generationRequestOf(job.request, this.deps.media, {
        model,
        slate: this.deps.previsSlate,
      })
      try {
        const planned = entry.provider.plan(generation)
        job.model = planned.model
        job.request.seed = planned.seed
        job.adjustments = planned.changes.map((change) => change.message)
      } catch (error) {
        if (isProviderError(error))
          throw new JobRequestError(400, 'unsupported_request', error.message)
        throw error
      }
      jobs.push(job)
    }
    await this.deps.ledger.create(jobs)
    this.deps.queue.enqueue(jobs)
    return jobs
  }

  async get(id: string): Promise<JobRecord | null> {
    return this.deps.ledger.storage.getJob(id)
  }

  cancel(id: string): Promise<JobRecord | null> {
    return this.deps.queue.cancel(id)
  }

  /** The finished take a remix or an extension starts from, on the request's board. */
  private async source(request: CreateJobRequest, providerId: string): Promise<JobSource> {
    const { boardId, sourceTakeId } = request
    if (boardId === undefined || sourceTakeId === undefined) {
      throw new JobRequestError(
        400,
        'invalid_request',
        'remix and extend need boardId, sceneId and sourceTakeId',
      )
    }
    const take = await this.deps.takes.take(boardId, sourceTakeId)
    if (!take) {
      throw new JobRequestError(
        404,
        'take_not_found',
        `board ${boardId} has no take ${sourceTakeId}`,
      )
    }
    if (take.status !== 'succeeded' || !take.clip) {
      throw new JobRequestError(409, 'take_not_ready', `take ${sourceTakeId} has no clip yet`)
    }
    const sourceJob = take.jobId ? await this.deps.ledger.storage.getJob(take.jobId) : null
    const remoteId =
      sourceJob?.handle && sourceJob.provider !== PREVIS_PROVIDER_ID
        ? sourceJob.handle.remoteId
        : null
    let lastFrameUrl: string | null = null
    if (request.mode === 'extend' && providerId !== PREVIS_PROVIDER_ID) {
      lastFrameUrl =
        take.clip.kind === 'image' ? take.clip.url : await this.lastFrameOf(take.clip.url)
    }
    return {
      takeId: take.id,
      providerId: take.provider,
      remoteId,
      spec: take.spec,
      clipUrl: take.clip.url,
      lastFrameUrl,
    }
  }

  /** The last frame of a stored clip, stored as a JPEG (for providers continuing from an image). */
  private async lastFrameOf(clipUrl: string): Promise<string | null> {
    const name = mediaNameOf(clipUrl)
    const path = name ? await this.deps.media.localPath(name) : null
    if (!path) return null
    const out = this.deps.media.tempPath('jpg')
    try {
      await extractLastFrame(path, out)
      return (await this.deps.media.putFile(out, 'jpg')).url
    } catch {
      return null
    } finally {
      await rm(out, { force: true })
    }
  }
}
