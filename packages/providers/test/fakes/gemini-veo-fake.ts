/**
 * A fake of Veo on the Gemini API (v1beta): checks the x-goog-api-key header (a wrong key is a 400
 * with reason API_KEY_INVALID, a missing one a 403, as Google answers), validates
 * predictLongRunning bodies per model (aspectRatio, durationSeconds, resolution, the image as
 * base64 bytes, the video of an extension, and the seed the Gemini API does not take), answers
 * with an operation {name}, runs it through not-done polls to done with a generated sample whose
 * URI is a files download on the same API (key required), and answers errors as
 * {error: {code, message, status, details}}.
 */
import type { ServerResponse } from 'node:http'
import { CLIP_MP4 } from '../fixtures/media.js'
import { FakeHttpServer, sendBytes, sendJson, type RecordedRequest } from './fake-http.js'
import { FakeJobs, phaseOf, type FakeJob } from './fake-jobs.js'

interface ModelRules {
  durations: number[]
  resolutions: string[] | null
  extension: boolean
}

const VEO3: ModelRules = { durations: [4, 6, 8], resolutions: ['720p', '1080p'], extension: false }
const MODELS: Record<string, ModelRules> = {
  'veo-3.1-generate-preview': { ...VEO3, resolutions: ['720p', '1080p', '4k'], extension: true },
  'veo-3.1-fast-generate-preview': {
    ...VEO3,
    resolutions: ['720p', '1080p', '4k'],
    extension: true,
  },
  'veo-3.0-generate-001': VEO3,
  'veo-3.0-fast-generate-001': VEO3,
  'veo-2.0-generate-001': { durations: [5, 6, 8], resolutions: null, extension: false },
}
const STATUS_OF: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
}

function fail(res: ServerResponse, code: number, message: string, reason?: string) {
  const details = reason
    ? [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason,
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
      ]
    : undefined
  sendJson(res, code, {
    error: { code, message, status: STATUS_OF[code] ?? 'UNKNOWN', ...(details ? { details } : {}) },
  })
}

export class FakeGeminiVeo {
  readonly jobs = new FakeJobs('op')
  readonly video = CLIP_MP4
  readonly #filtered = new Set<string>()
  #nextFiltered: string | undefined

  private constructor(
    readonly api: FakeHttpServer,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'AIza-test-gemini'): Promise<FakeGeminiVeo> {
    let fake: FakeGeminiVeo | undefined = undefined
    const api = await FakeHttpServer.start((request, res) => fake?.handle(request, res))
    fake = new FakeGeminiVeo(api, apiKey)
    return fake
  }

  /** What GOOGLE_GEMINI_BASE_URL would be: the host, without the API version. */
  get baseUrl(): string {
    return this.api.url
  }

  /** The next operation ends done with every sample held back by the safety filters. */
  filterNextJob(reason: string): void {
    this.#nextFiltered = reason
  }

  close(): Promise<void> {
    return this.api.close()
  }

  handle(request: RecordedRequest, res: ServerResponse): void {
    const key = request.headers['x-goog-api-key']
    if (key === undefined) {
      return fail(
        res,
        403,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      )
    }
    if (key !== this.apiKey) {
      return fail(res, 400, 'API key not valid. Please pass a valid API key.', 'API_KEY_INVALID')
    }
    const { method, path } = request
    let match: RegExpMatchArray | null
    if (
      method === 'POST' &&
      (match = path.match(/^\/v1beta\/models\/([^/:]+):predictLongRunning$/))
    ) {
      return this.#create(match[1] ?? '', request, res)
    }
    if (
      method === 'GET' &&
      (match = path.match(/^\/v1beta\/models\/([^/]+)\/operations\/([^/]+)$/))
    ) {
      const job = this.jobs.get(match[2] ?? '')
      if (!job) return fail(res, 404, `Operation ${path.slice('/v1beta/'.length)} not found.`)
      return sendJson(res, 200, this.#operation(job, this.jobs.poll(job)))
    }
    if (method === 'GET' && (match = path.match(/^\/v1beta\/files\/([^/:]+):download$/))) {
      const job = this.jobs.get(match[1] ?? '')
      if (!job || phaseOf(job).state !== 'succeeded' || request.query.get('alt') !== 'media') {
        return fail(res, 404, 'File not found.')
      }
      return sendBytes(res, 'video/mp4', this.video)
    }
    fail(res, 404, `Method not found: ${method} ${path}`)
  }

  #create(model: string, request: RecordedRequest, res: ServerResponse): void {
    const rules = MODELS[model]
    if (!rules) {
      return fail(
        res,
        404,
        `models/${model} is not found for API version v1beta, or is not supported for predictLongRunning.`,
      )
    }
    const body = request.json as { instances?: unknown; parameters?: Record<string, unknown> }
    const instances = Array.isArray(body?.instances) ? body.instances : []
    if (instances.length !== 1) return fail(res, 400, 'Exactly one instance is required.')
    const instance = instances[0] as Record<string, unknown>
    const parameters = body.parameters ?? {}
    if (typeof instance.prompt !== 'string' || instance.prompt.trim() === '') {
      return fail(res, 400, 'A prompt is required.')
    }
    for (const name of ['seed', 'fps', 'generateAudio']) {
      if (name in parameters) return fail(res, 400, `\`${name}\` isn't supported by this model.`)
    }
    const image = instance.image as { bytesBase64Encoded?: unknown; mimeType?: unknown } | undefined
    if (
      image !== undefined &&
      (typeof image.bytesBase64Encoded !== 'string' ||
        !['image/png', 'image/jpeg'].includes(String(image.mimeType)))
    ) {
      return fail(
        res,
        400,
        'Unsupported image: send bytesBase64Encoded with a PNG or JPEG mimeType.',
      )
    }
    const video = instance.video as { uri?: unknown } | undefined
    if (video !== undefined) {
      if (!rules.extension) return fail(res, 400, "`video` isn't supported by this model.")
      const source = /\/v1beta\/files\/([^/:]+):download/.exec(String(video.uri))?.[1]
      const job = source ? this.jobs.get(source) : undefined
      if (!job || phaseOf(job).state !== 'succeeded') {
        return fail(res, 400, 'The input video must be a video generated by Veo.')
      }
      if (parameters.resolution !== '720p') {
        return fail(res, 400, 'Video extension is only supported at 720p.')
      }
    }
    const aspect = parameters.aspectRatio
    if (aspect !== undefined && aspect !== '16:9' && aspect !== '9:16') {
      return fail(res, 400, `Unsupported aspect ratio: ${String(aspect)}. Use 16:9 or 9:16.`)
    }
    const duration = parameters.durationSeconds
    if (duration !== undefined && !rules.durations.includes(Number(duration))) {
      return fail(
        res,
        400,
        `The value of durationSeconds must be one of ${rules.durations.join(', ')}.`,
      )
    }
    const resolution = parameters.resolution
    if (resolution !== undefined) {
      if (!rules.resolutions) return fail(res, 400, "`resolution` isn't supported by this model.")
      if (!rules.resolutions.includes(String(resolution))) {
        return fail(res, 400, `Unsupported resolution: ${String(resolution)}.`)
      }
    }
    const job = this.jobs.create({ model, instance, parameters })
    if (this.#nextFiltered) {
      this.#filtered.add(job.id)
      job.params.filteredReason = this.#nextFiltered
      this.#nextFiltered = undefined
    }
    sendJson(res, 200, { name: `models/${model}/operations/${job.id}` })
  }

  #operation(job: FakeJob, phase: ReturnType<typeof phaseOf>) {
    const name = `models/${String(job.params.model)}/operations/${job.id}`
    if (phase.state === 'queued' || phase.state === 'running') return { name }
    if (phase.state === 'failed' || phase.state === 'canceled') {
      const message = phase.state === 'failed' ? phase.message : 'The operation was cancelled.'
      return { name, done: true, error: { code: 13, message } }
    }
    const response = this.#filtered.has(job.id)
      ? { raiMediaFilteredCount: 1, raiMediaFilteredReasons: [job.params.filteredReason] }
      : {
          generatedSamples: [
            { video: { uri: `${this.api.url}/v1beta/files/${job.id}:download?alt=media` } },
          ],
        }
    return {
      name,
      done: true,
      response: {
        '@type':
          'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse',
        generateVideoResponse: response,
      },
    }
  }
}
