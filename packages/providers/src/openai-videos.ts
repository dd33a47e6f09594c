/**
 * OpenAI Videos API (and gateways that speak its shape, via OPENAI_BASE_URL).
 *
 *   POST   /videos                  multipart: prompt, model, seconds, size, input_reference (file)
 *   POST   /videos/{id}/remix       {prompt}                     (remix an own take)
 *   POST   /videos/extensions       {prompt, seconds, video:{id}} (extend an own take)
 *   GET    /videos/{id}             status queued|in_progress|completed|failed, progress 0-100
 *   GET    /videos/{id}/content     ?variant=video (MP4) | thumbnail
 *   DELETE /videos/{id}
 *
 * Errors come as {error: {message, type, param, code}}. The API documents no idempotency key, so
 * a create is repeated only after an answer proving it was not acted on.
 */
import { HttpClient, type HttpTuning } from './http-client.js'
import { HostedProvider, optionalPoster, unlessGone } from './hosted-provider.js'
import { imageBlob, imageFileName } from './image-encoding.js'
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
  messageOf,
  optionalString,
  progressFraction,
  protocolError,
  requireString,
} from './response-checks.js'

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1'

const LANDSCAPE = { width: 1280, height: 720 }
const PORTRAIT = { width: 720, height: 1280 }
const common = {
  durations: [4, 8, 12],
  imageInput: 'optional',
  extend: true,
  remix: true,
  seed: false,
  maxPromptLength: 32_000,
} as const

export const OPENAI_VIDEO_MODELS: readonly ModelInfo[] = [
  { id: 'sora-2', label: 'Sora 2', ...common, sizes: [LANDSCAPE, PORTRAIT] },
  {
    id: 'sora-2-pro',
    label: 'Sora 2 Pro',
    ...common,
    sizes: [LANDSCAPE, PORTRAIT, { width: 1792, height: 1024 }, { width: 1024, height: 1792 }],
  },
]

export interface OpenAIVideosOptions {
  apiKey: string
  baseUrl?: string
  http?: HttpTuning
}

export class OpenAIVideosProvider extends HostedProvider {
  readonly #http: HttpClient

  constructor(options: OpenAIVideosOptions) {
    super({
      id: 'openai-videos',
      label: 'OpenAI Videos',
      models: OPENAI_VIDEO_MODELS,
      defaultModel: 'sora-2',
      pollIntervalMs: 10_000,
      planning: { promptAlwaysRequired: true },
    })
    this.#http = new HttpClient({
      providerId: this.id,
      baseUrl: options.baseUrl ?? OPENAI_DEFAULT_BASE_URL,
      headers: { authorization: `Bearer ${options.apiKey}` },
      parseError: (body) => {
        const error = (body as { error?: { code?: unknown } } | null)?.error
        const code = typeof error?.code === 'string' ? error.code : undefined
        return { message: messageOf(error), ...(code ? { code } : {}) }
      },
      ...options.http,
    })
  }

  async start(planned: PlannedRequest, ctx: CallContext = {}): Promise<RemoteHandle> {
    const seconds = String(planned.durationSeconds)
    let video: unknown
    if (planned.mode === 'remix' && planned.sourceRemoteId) {
      video = await this.#http.json(
        'POST',
        `/videos/${encodeURIComponent(planned.sourceRemoteId)}/remix`,
        { body: { prompt: planned.prompt }, signal: ctx.signal, retry: 'unprocessed' },
      )
    } else if (planned.mode === 'extend' && planned.sourceRemoteId) {
      video = await this.#http.json('POST', '/videos/extensions', {
        body: { prompt: planned.prompt, seconds, video: { id: planned.sourceRemoteId } },
        signal: ctx.signal,
        retry: 'unprocessed',
      })
    } else {
      const form = new FormData()
      form.set('prompt', planned.prompt)
      form.set('model', planned.model)
      form.set('seconds', seconds)
      form.set('size', `${planned.size.width}x${planned.size.height}`)
      if (planned.image) {
        form.set('input_reference', imageBlob(planned.image), imageFileName(planned.image))
      }
      video = await this.#http.json('POST', '/videos', {
        body: form,
        signal: ctx.signal,
        retry: 'unprocessed',
      })
    }
    return this.remoteHandle(
      planned,
      requireString(asObject(video, this.id, 'the new video'), 'id', this.id),
    )
  }

  async poll(handle: RemoteHandle, ctx: CallContext = {}): Promise<PollResult> {
    const answer = await this.#http.json('GET', this.#path(handle), { signal: ctx.signal })
    const video = asObject(answer, this.id, 'the video')
    const progress = progressFraction(video.progress, 100)
    const withProgress = progress === undefined ? {} : { progress }
    const status = optionalString(video, 'status')
    switch (status) {
      case 'queued':
        return { status: 'queued', ...withProgress }
      case 'in_progress':
        return { status: 'running', ...withProgress }
      case 'completed':
        return { status: 'succeeded', progress: 1 }
      case 'failed':
        return { status: 'failed', error: messageOf(video.error) ?? 'the video failed' }
      default:
        throw protocolError(this.id, `unknown video status "${status}"`)
    }
  }

  async download(handle: RemoteHandle, ctx: CallContext = {}): Promise<DownloadedClip> {
    const content = `${this.#path(handle)}/content`
    const video = await this.#http.bytes('GET', content, {
      query: { variant: 'video' },
      signal: ctx.signal,
    })
    const poster = await optionalPoster(() =>
      this.#http.bytes('GET', content, { query: { variant: 'thumbnail' }, signal: ctx.signal }),
    )
    return poster ? { video, poster } : { video }
  }

  async cancel(handle: RemoteHandle, ctx: CallContext = {}): Promise<void> {
    await unlessGone(this.#http.json('DELETE', this.#path(handle), { signal: ctx.signal }))
  }

  #path(handle: RemoteHandle): string {
    return `/videos/${encodeURIComponent(handle.remoteId)}`
  }
}
