/**
 * Google Veo through the Gemini API (GEMINI_API_KEY), a long-running operation per clip.
 *
 *   POST /v1beta/models/{model}:predictLongRunning
 *        {instances: [{prompt, image?: {bytesBase64Encoded, mimeType}, video?: {uri}}],
 *         parameters: {aspectRatio, durationSeconds, resolution?, sampleCount}}   -> {name}
 *   GET  /v1beta/{name}   {done?, error?: {code, message},
 *                          response?: {generateVideoResponse: {generatedSamples: [{video: {uri}}],
 *                                      raiMediaFilteredCount?, raiMediaFilteredReasons?}}}
 *   GET  {video.uri}      the MP4 (a files/...:download URL of the API itself, fetched with the key)
 *
 * The key goes in `x-goog-api-key`. Errors come as {error: {code, message, status, details}}; a
 * refused key is a 400 whose details name the reason API_KEY_INVALID. The Gemini API takes no
 * seed for Veo (only Vertex AI does), reports no progress figure and documents no way to cancel
 * an operation or to make a create idempotent. Veo 3.1 continues its own clips natively (the
 * source clip's video URI, 720p, 7 s more, kept two days by the API); other takes are continued
 * from their last frame as the first-frame image.
 */
import { HttpClient, type ErrorBodyParser, type HttpTuning } from './http-client.js'
import { HostedProvider } from './hosted-provider.js'
import type {
  CallContext,
  DownloadedClip,
  GenerationRequest,
  ModelInfo,
  PlanChange,
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

export const GEMINI_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com'
/** What a native Veo extension adds to the source clip. */
export const VEO_EXTENSION_SECONDS = 7

const size = (width: number, height: number) => ({ width, height })
/** 720p, the one resolution every Veo model and a Veo extension share. */
const SIZES_720P = [size(1280, 720), size(720, 1280)]
const veo3 = {
  durations: [4, 6, 8],
  sizes: SIZES_720P,
  imageInput: 'optional',
  extend: false,
  remix: false,
  seed: false,
  // Veo takes up to 1,024 tokens; this many characters stays below that for ordinary prose.
  maxPromptLength: 4000,
} as const

export const GEMINI_VEO_MODELS: readonly ModelInfo[] = [
  { id: 'veo-3.0-fast-generate-001', label: 'Veo 3 Fast', ...veo3 },
  { id: 'veo-3.0-generate-001', label: 'Veo 3', ...veo3 },
  { id: 'veo-3.1-fast-generate-preview', label: 'Veo 3.1 Fast (preview)', ...veo3, extend: true },
  { id: 'veo-3.1-generate-preview', label: 'Veo 3.1 (preview)', ...veo3, extend: true },
  { id: 'veo-2.0-generate-001', label: 'Veo 2', ...veo3, durations: [5, 6, 8] },
]

/** Veo 2 has a single resolution and refuses the parameter. */
const TAKES_RESOLUTION = (model: string) => !model.startsWith('veo-2.')
const OPERATION_NAME = /^(models\/[\w.-]+\/)?operations\/[\w.-]+$/

export interface GeminiVeoOptions {
  apiKey: string
  /** Without the API version: https://generativelanguage.googleapis.com */
  baseUrl?: string
  http?: HttpTuning
}

export class GeminiVeoProvider extends HostedProvider {
  readonly #http: HttpClient

  constructor(options: GeminiVeoOptions) {
    super({
      id: 'gemini-veo',
      label: 'Google Veo',
      models: GEMINI_VEO_MODELS,
      defaultModel: 'veo-3.0-fast-generate-001',
      pollIntervalMs: 10_000,
    })
    this.#http = new HttpClient({
      providerId: this.id,
      baseUrl: options.baseUrl ?? GEMINI_DEFAULT_BASE_URL,
      headers: { 'x-goog-api-key': options.apiKey },
      parseError: parseGoogleError,
      ...options.http,
    })
  }

  /** As the shared plan, except that a native extension is always 7 s in the source's frame. */
  override plan(request: GenerationRequest): PlannedRequest {
    const planned = super.plan(request)
    if (planned.mode !== 'extend') return planned
    const asked = request.spec.durationSeconds
    const changes: PlanChange[] = planned.changes.filter(
      (c) => c.field !== 'duration' && c.field !== 'size',
    )
    if (asked !== VEO_EXTENSION_SECONDS) {
      const to = `${VEO_EXTENSION_SECONDS} s`
      changes.push({
        field: 'duration',
        from: `${asked} s`,
        to,
        message: `duration ${asked} s -> ${to} (a Veo extension adds ${to})`,
      })
    }
    return { ...planned, durationSeconds: VEO_EXTENSION_SECONDS, changes }
  }

  async start(planned: PlannedRequest, ctx: CallContext = {}): Promise<RemoteHandle> {
    const instance: JsonObject = { prompt: planned.prompt }
    const parameters: JsonObject = { sampleCount: 1 }
    if (planned.mode === 'extend' && planned.sourceRemoteId) {
      // The extension continues the source clip and keeps its frame; the API wants it at 720p.
      const source = await this.#operation(planned.sourceRemoteId, ctx)
      const uri = optionalString(firstVideo(source) ?? {}, 'uri')
      if (!uri) throw protocolError(this.id, `${planned.sourceRemoteId} holds no video to extend`)
      instance.video = { uri }
      parameters.resolution = '720p'
    } else {
      if (planned.image) {
        instance.image = {
          bytesBase64Encoded: Buffer.from(planned.image.bytes).toString('base64'),
          mimeType: planned.image.mime,
        }
      }
      parameters.aspectRatio = planned.size.width >= planned.size.height ? '16:9' : '9:16'
      parameters.durationSeconds = planned.durationSeconds
      if (TAKES_RESOLUTION(planned.model)) parameters.resolution = '720p'
    }
    const operation = await this.#http.json(
      'POST',
      `/v1beta/models/${encodeURIComponent(planned.model)}:predictLongRunning`,
      { body: { instances: [instance], parameters }, signal: ctx.signal, retry: 'unprocessed' },
    )
    const name = requireString(asObject(operation, this.id, 'the new operation'), 'name', this.id)
    return this.remoteHandle(planned, name)
  }

  async poll(handle: RemoteHandle, ctx: CallContext = {}): Promise<PollResult> {
    const operation = await this.#operation(handle.remoteId, ctx)
    // An operation is only running or done: the API tells no queue apart, nor any progress.
    if (operation.done !== true) return { status: 'running' }
    if (operation.error !== undefined && operation.error !== null) {
      return { status: 'failed', error: messageOf(operation.error) ?? 'the generation failed' }
    }
    if (firstVideo(operation)) return { status: 'succeeded', progress: 1 }
    return { status: 'failed', error: filteredReason(operation) ?? 'Veo returned no video' }
  }

  async download(handle: RemoteHandle, ctx: CallContext = {}): Promise<DownloadedClip> {
    const video = firstVideo(await this.#operation(handle.remoteId, ctx))
    const uri = video ? optionalString(video, 'uri') : undefined
    const inline = video ? optionalString(video, 'encodedVideo') : undefined
    if (uri) {
      const file = await this.#http.bytes('GET', uri, { signal: ctx.signal })
      // Veo makes MP4; a generic type from the file store says nothing more.
      return { video: file.mime.startsWith('video/') ? file : { ...file, mime: 'video/mp4' } }
    }
    if (inline) {
      const mime = (video && optionalString(video, 'encoding')) ?? 'video/mp4'
      return { video: { bytes: new Uint8Array(Buffer.from(inline, 'base64')), mime } }
    }
    throw protocolError(this.id, `${handle.remoteId} has no video to download`)
  }

  async #operation(name: string, ctx: CallContext): Promise<JsonObject> {
    if (!OPERATION_NAME.test(name)) throw protocolError(this.id, `not an operation name: ${name}`)
    const answer = await this.#http.json('GET', `/v1beta/${name}`, { signal: ctx.signal })
    return asObject(answer, this.id, 'the operation')
  }
}

function videoResponse(operation: JsonObject): JsonObject | undefined {
  const response = operation.response as { generateVideoResponse?: unknown } | undefined
  const inner = response?.generateVideoResponse
  return typeof inner === 'object' && inner !== null ? (inner as JsonObject) : undefined
}

function firstVideo(operation: JsonObject): JsonObject | undefined {
  const samples = videoResponse(operation)?.generatedSamples
  const first = Array.isArray(samples) ? (samples[0] as { video?: unknown } | undefined) : undefined
  const video = first?.video
  return typeof video === 'object' && video !== null ? (video as JsonObject) : undefined
}

/** Why the safety filters held every sample back, in the API's words. */
function filteredReason(operation: JsonObject): string | undefined {
  const reasons = videoResponse(operation)?.raiMediaFilteredReasons
  return Array.isArray(reasons) ? messageOf(reasons) : undefined
}

/** {error: {code, message, status, details: [{reason}]}}: Google's error body. */
const parseGoogleError: ErrorBodyParser = (body) => {
  const error = (body as { error?: { status?: unknown; details?: unknown } } | null)?.error
  const details = Array.isArray(error?.details) ? (error.details as { reason?: unknown }[]) : []
  const reason = details.map((d) => d?.reason).find((r): r is string => typeof r === 'string')
  const status = typeof error?.status === 'string' ? error.status : undefined
  const code = reason ?? status
  return {
    message: messageOf(error),
    ...(code ? { code } : {}),
    ...(reason === 'API_KEY_INVALID' ? { kind: 'auth' as const } : {}),
  }
}
