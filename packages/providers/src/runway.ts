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
 * The API documents no idempotency key, so a create is repeated only after an answer proving it
 * was not acted on.
 */
import { HttpClient, type HttpTuning } from './http-client.js'
import { HostedProvider, unlessGone } from './hosted-provider.js'
import { imageDataUri } from './image-encoding.js'
import type {
  CallContext,
  DownloadedClip,
  ModelInfo,
  PlannedRequest,
  PollResult,
  RemoteHandle,
} from './provider.js'
import {
  asObject,
  optionalString,
  messageOf,
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

export class RunwayProvider extends HostedProvider {
  readonly #http: HttpClient

  constructor(options: RunwayOptions) {
    super({
      id: 'runway',
      label: 'Runway',
      models: RUNWAY_MODELS,
      defaultModel: 'veo3.1_fast',
      // Runway asks not to poll a task more often than every five seconds.
      pollIntervalMs: 5_000,
    })
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
          retry: 'unprocessed',
        })
      : await this.#http.json('POST', '/v1/text_to_video', {
          body: common,
          signal: ctx.signal,
          retry: 'unprocessed',
        })
    return this.remoteHandle(
      planned,
      requireString(asObject(task, this.id, 'the new task'), 'id', this.id),
    )
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
    await unlessGone(this.#http.json('DELETE', this.#path(handle), { signal: ctx.signal }))
  }

  async #task(handle: RemoteHandle, ctx: CallContext) {
    const answer = await this.#http.json('GET', this.#path(handle), { signal: ctx.signal })
    return asObject(answer, this.id, 'the task')
  }

  #path(handle: RemoteHandle): string {
    return `/v1/tasks/${encodeURIComponent(handle.remoteId)}`
  }
}
