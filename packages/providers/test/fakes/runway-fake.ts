/**
 * A fake of the Runway API: checks the bearer key and the X-Runway-Version header, validates
 * image_to_video and text_to_video bodies per model (ratio, duration, promptText length,
 * promptImage as HTTPS URL or data URI, seed), answers with {id}, runs the task through
 * PENDING -> RUNNING (progress) -> SUCCEEDED with a signed output URL on a separate asset host,
 * and answers errors as {error: "..."}.
 */
import type { ServerResponse } from 'node:http'
import { CLIP_MP4 } from '../fixtures/media.js'
import { FakeCdn } from './fake-cdn.js'
import { FakeHttpServer, bearer, sendJson, type RecordedRequest } from './fake-http.js'
import { FakeJobs } from './fake-jobs.js'

export const RUNWAY_VERSION = '2024-11-06'

interface ModelRules {
  ratios: string[]
  durations: number[]
  textToVideo: boolean
  seed: boolean
}

const VEO: ModelRules = {
  ratios: ['1280:720', '720:1280', '1080:1920', '1920:1080'],
  durations: [4, 6, 8],
  textToVideo: true,
  seed: false,
}
const MODELS: Record<string, ModelRules> = {
  'veo3.1': VEO,
  'veo3.1_fast': VEO,
  gen4_turbo: {
    ratios: ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672'],
    durations: [5, 10],
    textToVideo: false,
    seed: true,
  },
}

const fail = (res: ServerResponse, status: number, message: string) =>
  sendJson(res, status, { error: message })

export class FakeRunway {
  readonly jobs = new FakeJobs('task-')
  readonly video = CLIP_MP4

  private constructor(
    readonly api: FakeHttpServer,
    readonly cdn: FakeCdn,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'key_test_runway'): Promise<FakeRunway> {
    let fake: FakeRunway | undefined = undefined
    const api = await FakeHttpServer.start((request, res) => fake?.handle(request, res))
    fake = new FakeRunway(api, await FakeCdn.start(), apiKey)
    return fake
  }

  get baseUrl(): string {
    return this.api.url
  }

  async close(): Promise<void> {
    await Promise.all([this.api.close(), this.cdn.close()])
  }

  handle(request: RecordedRequest, res: ServerResponse): void {
    if (bearer(request) !== this.apiKey) return fail(res, 401, 'Invalid API key')
    if (request.headers['x-runway-version'] !== RUNWAY_VERSION) {
      return fail(
        res,
        400,
        `X-Runway-Version header must be set to a supported version (${RUNWAY_VERSION})`,
      )
    }
    const { method, path } = request
    if (method === 'POST' && path === '/v1/image_to_video') return this.#create(request, res, true)
    if (method === 'POST' && path === '/v1/text_to_video') return this.#create(request, res, false)
    const match = path.match(/^\/v1\/tasks\/([^/]+)$/)
    const job = match ? this.jobs.get(match[1] ?? '') : undefined
    if (match && !job) return fail(res, 404, 'Task not found')
    if (job && method === 'GET') {
      const phase = this.jobs.poll(job)
      const task: Record<string, unknown> = { id: job.id, createdAt: '2025-01-01T00:00:00.000Z' }
      if (phase.state === 'queued') task.status = 'PENDING'
      if (phase.state === 'running')
        Object.assign(task, { status: 'RUNNING', progress: phase.progress })
      if (phase.state === 'canceled') task.status = 'CANCELLED'
      if (phase.state === 'failed') {
        Object.assign(task, {
          status: 'FAILED',
          failure: phase.message,
          failureCode: 'INTERNAL.BAD_OUTPUT',
        })
      }
      if (phase.state === 'succeeded') {
        Object.assign(task, {
          status: 'SUCCEEDED',
          output: [this.cdn.publish(`${job.id}.mp4`, 'video/mp4', this.video)],
        })
      }
      return sendJson(res, 200, task)
    }
    if (job && method === 'DELETE') {
      // Running tasks are cancelled, finished ones deleted; neither can be fetched again.
      job.canceled = true
      this.jobs.delete(job.id)
      res.writeHead(204).end()
      return
    }
    fail(res, 405, `${method} ${path} is not supported`)
  }

  #create(request: RecordedRequest, res: ServerResponse, fromImage: boolean): void {
    const body = request.json as Record<string, unknown> | undefined
    if (!body) return fail(res, 400, 'Request body must be JSON')
    const model = String(body.model)
    const rules = MODELS[model]
    if (!rules || (!fromImage && !rules.textToVideo)) {
      return fail(
        res,
        400,
        `Invalid model "${model}" for ${fromImage ? 'image_to_video' : 'text_to_video'}`,
      )
    }
    const prompt = body.promptText
    if (
      prompt !== undefined &&
      (typeof prompt !== 'string' || prompt.length === 0 || prompt.length > 1000)
    ) {
      return fail(res, 400, 'promptText must be a non-empty string up to 1000 characters')
    }
    if (!fromImage && prompt === undefined) return fail(res, 400, 'promptText is required')
    if (fromImage) {
      const image = body.promptImage
      if (
        typeof image !== 'string' ||
        !/^(https:\/\/|data:image\/(png|jpeg|webp);base64,)/.test(image)
      ) {
        return fail(res, 400, 'promptImage: Invalid data URI or URL')
      }
    }
    if (!rules.ratios.includes(String(body.ratio))) {
      return fail(res, 400, `ratio must be one of ${rules.ratios.join(', ')}`)
    }
    if (!rules.durations.includes(Number(body.duration))) {
      return fail(res, 400, `duration must be one of ${rules.durations.join(', ')}`)
    }
    if (body.seed !== undefined && (!rules.seed || !Number.isInteger(body.seed))) {
      return fail(res, 400, `seed is not supported for ${model}`)
    }
    const job = this.jobs.create({
      ...body,
      endpoint: fromImage ? 'image_to_video' : 'text_to_video',
    })
    sendJson(res, 200, { id: job.id })
  }
}
