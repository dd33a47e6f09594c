/**
 * Luma Dream Machine API (LUMAAI_API_KEY).
 *
 *   POST   /dream-machine/v1/generations       {generation_type "video", prompt, model, aspect_ratio,
 *                                              duration "5s"|"9s", resolution "720p", keyframes?}
 *   GET    /dream-machine/v1/generations/{id}  state queued|dreaming|completed|failed,
 *                                              failure_reason, assets {video, image}
 *   DELETE /dream-machine/v1/generations/{id}
 *
 * Errors come as {detail: "..."} (or a list of {msg}). Images are taken by URL only, so a
 * reference image goes along only when it has a public URL; an own take is extended natively with
 * keyframes.frame0 = {type: "generation", id}. Luma reports no progress figure. The API documents
 * no idempotency key, so a create is repeated only after an answer proving it was not acted on.
 */
import { HttpClient, type HttpTuning } from './http-client.js'
import { HostedProvider, optionalPoster, unlessGone } from './hosted-provider.js'
import { aspectLabel } from './plan.js'
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
  protocolError,
  requireString,
  type JsonObject,
} from './response-checks.js'

export const LUMA_DEFAULT_BASE_URL = 'https://api.lumalabs.ai/dream-machine/v1'
/** Requested resolution; the sizes below are the nominal frames of this class. */
export const LUMA_RESOLUTION = '720p'

const size = (width: number, height: number) => ({ width, height })
const ray = {
  durations: [5, 9],
  sizes: [
    size(1280, 720),
    size(720, 1280),
    size(720, 720),
    size(960, 720),
    size(720, 960),
    size(1680, 720),
    size(720, 1680),
  ],
  imageInput: 'optional',
  extend: true,
  remix: false,
  seed: false,
  maxPromptLength: 5000,
} as const

export const LUMA_MODELS: readonly ModelInfo[] = [
  { id: 'ray-2', label: 'Ray 2', ...ray },
  { id: 'ray-flash-2', label: 'Ray Flash 2', ...ray },
]

export interface LumaOptions {
  apiKey: string
  baseUrl?: string
  http?: HttpTuning
}

export class LumaProvider extends HostedProvider {
  readonly #http: HttpClient

  constructor(options: LumaOptions) {
    super({
      id: 'luma',
      label: 'Luma Dream Machine',
      models: LUMA_MODELS,
      defaultModel: 'ray-2',
      pollIntervalMs: 5_000,
      planning: { imageByUrlOnly: true },
    })
    this.#http = new HttpClient({
      providerId: this.id,
      baseUrl: options.baseUrl ?? LUMA_DEFAULT_BASE_URL,
      headers: { authorization: `Bearer ${options.apiKey}` },
      parseError: (body) => ({ message: messageOf((body as { detail?: unknown } | null)?.detail) }),
      ...options.http,
    })
  }

  async start(planned: PlannedRequest, ctx: CallContext = {}): Promise<RemoteHandle> {
    let frame0: JsonObject | undefined
    if (planned.mode === 'extend' && planned.sourceRemoteId) {
      frame0 = { type: 'generation', id: planned.sourceRemoteId }
    } else if (planned.image?.url) {
      frame0 = { type: 'image', url: planned.image.url }
    }
    const body = {
      generation_type: 'video',
      prompt: planned.prompt,
      model: planned.model,
      aspect_ratio: aspectLabel(planned.size),
      duration: `${planned.durationSeconds}s`,
      resolution: LUMA_RESOLUTION,
      ...(frame0 ? { keyframes: { frame0 } } : {}),
    }
    const generation = await this.#http.json('POST', '/generations', {
      body,
      signal: ctx.signal,
      retry: 'unprocessed',
    })
    return this.remoteHandle(
      planned,
      requireString(asObject(generation, this.id, 'the new generation'), 'id', this.id),
    )
  }

  async poll(handle: RemoteHandle, ctx: CallContext = {}): Promise<PollResult> {
    const generation = await this.#generation(handle, ctx)
    const state = optionalString(generation, 'state')
    switch (state) {
      case 'queued':
        return { status: 'queued' }
      case 'dreaming':
        return { status: 'running' }
      case 'completed':
        return { status: 'succeeded', progress: 1 }
      case 'failed':
        return {
          status: 'failed',
          error: optionalString(generation, 'failure_reason') ?? 'the generation failed',
        }
      default:
        throw protocolError(this.id, `unknown generation state "${state}"`)
    }
  }

  async download(handle: RemoteHandle, ctx: CallContext = {}): Promise<DownloadedClip> {
    const generation = await this.#generation(handle, ctx)
    const assets = typeof generation.assets === 'object' && generation.assets !== null
    const videoUrl = assets ? optionalString(generation.assets as JsonObject, 'video') : undefined
    const imageUrl = assets ? optionalString(generation.assets as JsonObject, 'image') : undefined
    if (generation.state !== 'completed' || videoUrl === undefined) {
      throw protocolError(this.id, `generation ${handle.remoteId} has no video to download`)
    }
    const video = await this.#http.bytes('GET', videoUrl, { signal: ctx.signal })
    if (imageUrl === undefined) return { video }
    const poster = await optionalPoster(() =>
      this.#http.bytes('GET', imageUrl, { signal: ctx.signal }),
    )
    return poster ? { video, poster } : { video }
  }

  async cancel(handle: RemoteHandle, ctx: CallContext = {}): Promise<void> {
    await unlessGone(this.#http.json('DELETE', this.#path(handle), { signal: ctx.signal }))
  }

  async #generation(handle: RemoteHandle, ctx: CallContext): Promise<JsonObject> {
    const answer = await this.#http.json('GET', this.#path(handle), { signal: ctx.signal })
    return asObject(answer, this.id, 'the generation')
  }

  #path(handle: RemoteHandle): string {
    return `/generations/${encodeURIComponent(handle.remoteId)}`
  }
}
