/**
 * Runway API (RUNWAYML_API_SECRET), version 2024-11-06.
 *
 *   POST   /v1/image_to_video  {model, promptImage, promptText?, ratio "1280:720", duration, seed?}
 *   POST   /v1/text_to_video   {model, promptText, ratio, duration}
 *   GET    /v1/tasks/{id}      status PENDING|THROTTLED|RUNNING|SUCCEEDED|FAILED|CANCELLED,
 *                              progress 0..1, output [signed URLs], failure, failureCode
 *   DELETE /v1/tasks/{id}      cancels a running task, deletes a finished one
 *
 * Errors come as {error: "human-readable explanation"}. The output URLs are fetched without the
 * key. Runway has no native extension: a take is continued from its last frame as promptImage.
 */
import { HttpClient, type HttpTuning } from './http-client.js'
import { imageDataUri } from './image-encoding.js'
import { planRequest } from './plan.js'
import type {
  CallContext,
  DownloadedClip,
  GenerationRequest,
  ModelInfo,
  PlannedRequest,
  PollResult,
  ProviderInfo,
  RemoteHandle,
  VideoProvider,
} from './provider.js'
import { ProviderError } from './provider-error.js'
import {
  asObject,
  messageOf,
  optionalString,
  progressFraction,
  protocolError,
  requireString,
} from './response-checks.js'

export const RUNWAY_DEFAULT_BASE_URL = 'https://api.dev.runwayml.com'
export const RUNWAY_API_VERSION = '2024-11-06'

const size = (width: number, height: number) => ({ width, height })
const veo = {
  durations: [4, 6, 8],
  sizes: [size(1280, 720), size(720, 1280), size(1920, 1080), size(1080, 1920)],
  imageInput: 'optional',
  extend: false,
  remix: false,
  seed: false,
  maxPromptLength: 1000,
} as const

export const RUNWAY_MODELS: readonly ModelInfo[] = [
  { id: 'veo3.1_fast', label: 'Veo 3.1 Fast', ...veo },
  { id: 'veo3.1', label: 'Veo 3.1', ...veo },
  {
    id: 'gen4_turbo',
    label: 'Gen-4 Turbo',
    durations: [5, 10],
    sizes: [
      size(1280, 720),
      size(720, 1280),
      size(1104, 832),
      size(832, 1104),
      size(960, 960),
      size(1584, 672),
    ],
    imageInput: 'required',
    extend: false,
    remix: false,
    seed: true,
    maxPromptLength: 1000,
  },
]

export interface RunwayOptions {
  apiKey: string
  baseUrl?: string
  http?: HttpTuning
}

export class RunwayProvider implements VideoProvider {
  readonly id = 'runway'
  readonly label = 'Runway'
  readonly #http: HttpClient

  constructor(options: RunwayOptions) {
    this.#http = new HttpClient({
      providerId: this.id,
      baseUrl: options.baseUrl ?? RUNWAY_DEFAULT_BASE_URL,
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'x-runway-version': RUNWAY_API_VERSION,
      },
      parseError: (body) => ({ message: messageOf((body as { error?: unknown } | null)?.error) }),
      ...options.http,
    })
  }

  describe(): ProviderInfo {
    return {
      id: this.id,
      label: this.label,
      models: [...RUNWAY_MODELS],
      defaultModel: 'veo3.1_fast',
      // Runway asks not to poll a task more often than every five seconds.
      pollIntervalMs: 5_000,
    }
  }

  plan(request: GenerationRequest): PlannedRequest {
    return planRequest(request, {
      providerId: this.id,
      providerLabel: this.label,
      models: RUNWAY_MODELS,
      defaultModel: 'veo3.1_fast',
    })
  }

  async start(planned: PlannedRequest, ctx: CallContext = {}): Promise<RemoteHandle> {
    const common = {
      model: planned.model,
      ratio: `${planned.size.width}:${planned.size.height}`,
      duration: planned.durationSeconds,
      ...(planned.prompt === '' ? {} : { promptText: planned.prompt }),
    }
    const task = planned.image
      ? await this.#http.json('POST', '/v1/image_to_video', {
          body: {
            ...common,
            promptImage: planned.image.url?.startsWith('https://')
              ? planned.image.url
              : imageDataUri(planned.image),
            ...(planned.seed === null ? {} : { seed: planned.seed }),
          },
          signal: ctx.signal,
        })
      : await this.#http.json('POST', '/v1/text_to_video', { body: common, signal: ctx.signal })
    const remoteId = requireString(asObject(task, this.id, 'the new task'), 'id', this.id)
    return { providerId: this.id, remoteId, model: planned.model }
  }

  async poll(handle: RemoteHandle, ctx: CallContext = {}): Promise<PollResult> {
    const task = await this.#task(handle, ctx)
    const status = optionalString(task, 'status')
    switch (status) {
      case 'PENDING':
      case 'THROTTLED':
        return { status: 'queued' }
      case 'RUNNING': {
        const progress = progressFraction(task.progress, 1)
        return progress === undefined ? { status: 'running' } : { status: 'running', progress }
      }
      case 'SUCCEEDED':
        return { status: 'succeeded', progress: 1 }
      case 'FAILED':
        return { status: 'failed', error: optionalString(task, 'failure') ?? 'the task failed' }
      case 'CANCELLED':
        return { status: 'canceled' }
      default:
        throw protocolError(this.id, `unknown task status "${status}"`)
    }
  }

  async download(handle: RemoteHandle, ctx: CallContext = {}): Promise<DownloadedClip> {
    const task = await this.#task(handle, ctx)
    const output = Array.isArray(task.output) ? task.output : []
    const url = output.find((item): item is string => typeof item === 'string')
    if (task.status !== 'SUCCEEDED' || url === undefined) {
      throw protocolError(this.id, `task ${handle.remoteId} has no output to download`)
    }
    return { video: await this.#http.bytes('GET', url, { signal: ctx.signal }) }
  }

  async cancel(handle: RemoteHandle, ctx: CallContext = {}): Promise<void> {
    try {
      await this.#http.json('DELETE', this.#path(handle), { signal: ctx.signal })
    } catch (error) {
      if (error instanceof ProviderError && error.status === 404) return
      throw error
    }
  }

  async #task(handle: RemoteHandle, ctx: CallContext) {
    const answer = await this.#http.json('GET', this.#path(handle), { signal: ctx.signal })
    return asObject(answer, this.id, 'the task')
  }

  #path(handle: RemoteHandle): string {
    return `/v1/tasks/${encodeURIComponent(handle.remoteId)}`
  }
}
