/**
 * A fake of the OpenAI Videos API: checks the bearer key, the multipart create request (prompt,
 * model, seconds, size per model, input_reference type) and the JSON remix and extension
 * requests, answers with the documented video object and {error: {message, type, param, code}}
 * bodies, and serves a real MP4 and a JPEG thumbnail once a video is completed.
 */
import type { ServerResponse } from 'node:http'
import { CLIP_MP4, POSTER_JPG } from '../fixtures/media.js'
import { FakeHttpServer, bearer, sendBytes, sendJson, type RecordedRequest } from './fake-http.js'
import { FakeJobs, phaseOf, type FakeJob } from './fake-jobs.js'

const SECONDS = ['4', '8', '12']
const SIZES: Record<string, string[]> = {
  'sora-2': ['720x1280', '1280x720'],
  'sora-2-pro': ['720x1280', '1280x720', '1024x1792', '1792x1024'],
}
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']

function error(
  res: ServerResponse,
  status: number,
  message: string,
  param: string | null,
  code: string | null,
) {
  sendJson(res, status, { error: { message, type: 'invalid_request_error', param, code } })
}

const invalidValue = (value: string, allowed: string[]) =>
  `Invalid value: '${value}'. Supported values are: ${allowed.map((v) => `'${v}'`).join(', ')}.`

export class FakeOpenAIVideos {
  readonly jobs = new FakeJobs('video_')
  readonly video = CLIP_MP4
  readonly poster = POSTER_JPG

  private constructor(
    readonly api: FakeHttpServer,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'sk-test-openai'): Promise<FakeOpenAIVideos> {
    let fake: FakeOpenAIVideos | undefined = undefined
    const api = await FakeHttpServer.start((request, res) => fake?.handle(request, res))
    fake = new FakeOpenAIVideos(api, apiKey)
    return fake
  }

  /** What the adapter's OPENAI_BASE_URL would be. */
  get baseUrl(): string {
    return `${this.api.url}/v1`
  }

  close(): Promise<void> {
    return this.api.close()
  }

  handle(request: RecordedRequest, res: ServerResponse): void {
    if (bearer(request) !== this.apiKey) {
      const message =
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.'
      return error(res, 401, message, null, 'invalid_api_key')
    }
    const { method, path } = request
    let match: RegExpMatchArray | null
    if (method === 'POST' && path === '/v1/videos') return this.#create(request, res)
    if (method === 'POST' && path === '/v1/videos/extensions') return this.#extend(request, res)
    if (method === 'POST' && (match = path.match(/^\/v1\/videos\/([^/]+)\/remix$/))) {
      return this.#remix(match[1] ?? '', request, res)
    }
    if ((match = path.match(/^\/v1\/videos\/([^/]+)(\/content)?$/))) {
      const job = this.jobs.get(match[1] ?? '')
      if (!job) return error(res, 404, `Video with id '${match[1]}' not found.`, null, null)
      if (method === 'GET' && match[2]) return this.#content(job, request, res)
      if (method === 'GET') return sendJson(res, 200, this.#object(job, this.jobs.poll(job)))
      if (method === 'DELETE') {
        this.jobs.delete(job.id)
        return sendJson(res, 200, { id: job.id, object: 'video.deleted', deleted: true })
      }
    }
    error(res, 404, `Invalid URL (${method} ${path})`, null, null)
  }

  #create(request: RecordedRequest, res: ServerResponse): void {
    const form = request.form
    if (!form) return error(res, 400, 'Expected a multipart/form-data body.', null, null)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : undefined
    }
    const prompt = text('prompt')
    const model = text('model') ?? 'sora-2'
    const seconds = text('seconds') ?? '4'
    const size = text('size') ?? '720x1280'
    if (!prompt)
      return error(
        res,
        400,
        "Missing required parameter: 'prompt'.",
        'prompt',
        'missing_required_parameter',
      )
    const sizes = SIZES[model]
    if (!sizes)
      return error(res, 400, invalidValue(model, Object.keys(SIZES)), 'model', 'invalid_value')
    if (!SECONDS.includes(seconds))
      return error(res, 400, invalidValue(seconds, SECONDS), 'seconds', 'invalid_value')
    if (!sizes.includes(size))
      return error(res, 400, invalidValue(size, sizes), 'size', 'invalid_value')
    const reference = form.get('input_reference')
    if (
      reference !== null &&
      (typeof reference === 'string' || !IMAGE_TYPES.includes(reference.type))
    ) {
      return error(
        res,
        400,
        'input_reference must be a JPEG, PNG or WebP image file.',
        'input_reference',
        'invalid_value',
      )
    }
    const job = this.jobs.create({ prompt, model, seconds, size, hasReference: reference !== null })
    sendJson(res, 200, this.#object(job, phaseOf(job)))
  }

  #remix(sourceId: string, request: RecordedRequest, res: ServerResponse): void {
    const source = this.jobs.get(sourceId)
    if (!source) return error(res, 404, `Video with id '${sourceId}' not found.`, null, null)
    const prompt = (request.json as { prompt?: unknown } | undefined)?.prompt
    if (typeof prompt !== 'string' || prompt === '') {
      return error(
        res,
        400,
        "Missing required parameter: 'prompt'.",
        'prompt',
        'missing_required_parameter',
      )
    }
    const job = this.jobs.create({ ...source.params, prompt, remixed_from_video_id: sourceId })
    sendJson(res, 200, this.#object(job, phaseOf(job)))
  }

  #extend(request: RecordedRequest, res: ServerResponse): void {
    const body = (request.json ?? {}) as {
      prompt?: unknown
      seconds?: unknown
      video?: { id?: unknown }
    }
    if (typeof body.prompt !== 'string' || body.prompt === '') {
      return error(
        res,
        400,
        "Missing required parameter: 'prompt'.",
        'prompt',
        'missing_required_parameter',
      )
    }
    if (typeof body.seconds !== 'string' || !SECONDS.includes(body.seconds)) {
      return error(
        res,
        400,
        invalidValue(String(body.seconds), SECONDS),
        'seconds',
        'invalid_value',
      )
    }
    const source = this.jobs.get(String(body.video?.id))
    if (!source)
      return error(res, 400, "Invalid value for 'video': no such video.", 'video', 'invalid_value')
    const job = this.jobs.create({
      ...source.params,
      prompt: body.prompt,
      seconds: body.seconds,
      extends: source.id,
    })
    sendJson(res, 200, this.#object(job, phaseOf(job)))
  }

  #content(job: FakeJob, request: RecordedRequest, res: ServerResponse): void {
    if (phaseOf(job).state !== 'succeeded') {
      return error(res, 400, 'Video is not ready yet, check its status first.', null, null)
    }
    const variant = request.query.get('variant') ?? 'video'
    if (variant === 'video') return sendBytes(res, 'video/mp4', this.video)
    if (variant === 'thumbnail') return sendBytes(res, 'image/jpeg', this.poster)
    error(
      res,
      400,
      invalidValue(variant, ['video', 'thumbnail', 'spritesheet']),
      'variant',
      'invalid_value',
    )
  }

  #object(job: FakeJob, phase: ReturnType<typeof phaseOf>) {
    const status = {
      queued: 'queued',
      running: 'in_progress',
      succeeded: 'completed',
      failed: 'failed',
      canceled: 'failed',
    }[phase.state]
    const progress =
      phase.state === 'running'
        ? Math.round(phase.progress * 100)
        : phase.state === 'succeeded'
          ? 100
          : 0
    return {
      id: job.id,
      object: 'video',
      model: job.params.model,
      status,
      progress,
      created_at: 1_760_000_000,
      completed_at: phase.state === 'succeeded' ? 1_760_000_100 : null,
      expires_at: null,
      error:
        phase.state === 'failed'
          ? { code: 'video_generation_failed', message: phase.message }
          : null,
      prompt: job.params.prompt,
      remixed_from_video_id: job.params.remixed_from_video_id ?? null,
      seconds: job.params.seconds,
      size: job.params.size,
    }
  }
}
