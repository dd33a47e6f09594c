/**
 * A fake of the Luma Dream Machine API under /dream-machine/v1: checks the bearer key and the
 * generation request (prompt length, model, aspect_ratio, duration, resolution, keyframes as an
 * image URL or an earlier completed generation), answers 201 with the generation object, runs it
 * through queued -> dreaming -> completed with signed asset URLs on a separate host, and answers
 * errors as {detail: "..."}.
 */
import type { ServerResponse } from 'node:http'
import { CLIP_MP4, POSTER_JPG } from '../fixtures/media.js'
import { FakeCdn } from './fake-cdn.js'
import { FakeHttpServer, bearer, sendJson, type RecordedRequest } from './fake-http.js'
import { FakeJobs, phaseOf, type FakeJob, type Phase } from './fake-jobs.js'

const BASE = '/dream-machine/v1'
const MODELS = ['ray-2', 'ray-flash-2', 'ray-1-6']
const ASPECTS = ['1:1', '16:9', '9:16', '4:3', '3:4', '21:9', '9:21']
const DURATIONS = ['5s', '9s']
const RESOLUTIONS = ['540p', '720p', '1080p', '4k']

const fail = (res: ServerResponse, status: number, detail: string) =>
  sendJson(res, status, { detail })

export class FakeLuma {
  readonly jobs = new FakeJobs('gen-')
  readonly video = CLIP_MP4
  readonly poster = POSTER_JPG

  private constructor(
    readonly api: FakeHttpServer,
    readonly cdn: FakeCdn,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'luma-test-key'): Promise<FakeLuma> {
    let fake: FakeLuma | undefined = undefined
    const api = await FakeHttpServer.start((request, res) => fake?.handle(request, res))
    fake = new FakeLuma(api, await FakeCdn.start(), apiKey)
    return fake
  }

  get baseUrl(): string {
    return `${this.api.url}${BASE}`
  }

  async close(): Promise<void> {
    await Promise.all([this.api.close(), this.cdn.close()])
  }

  handle(request: RecordedRequest, res: ServerResponse): void {
    if (bearer(request) !== this.apiKey) return fail(res, 401, 'Invalid API key')
    const { method, path } = request
    if (method === 'POST' && path === `${BASE}/generations`) return this.#create(request, res)
    const match = path.match(/^\/dream-machine\/v1\/generations\/([^/]+)$/)
    const job = match ? this.jobs.get(match[1] ?? '') : undefined
    if (match && !job) return fail(res, 404, 'Generation not found')
    if (job && method === 'GET') return sendJson(res, 200, this.#object(job, this.jobs.poll(job)))
    if (job && method === 'DELETE') {
      this.jobs.delete(job.id)
      res.writeHead(204).end()
      return
    }
    fail(res, 404, 'Not Found')
  }

  #create(request: RecordedRequest, res: ServerResponse): void {
    const body = request.json as Record<string, unknown> | undefined
    if (!body) return fail(res, 400, 'Request body must be JSON')
    const keyframes = body.keyframes as { frame0?: Record<string, unknown> } | undefined
    const prompt = body.prompt
    if (prompt === undefined && !keyframes) return fail(res, 400, 'Prompt is required')
    if (typeof prompt === 'string' && prompt.length < 3) {
      return fail(res, 400, 'Prompt is too short, minimum length is 3 characters')
    }
    if (typeof prompt === 'string' && prompt.length > 5000) {
      return fail(res, 400, 'Prompt is too long, maximum length is 5000 characters')
    }
    const checks: [string, unknown, string[]][] = [
      ['model', body.model ?? 'ray-2', MODELS],
      ['aspect_ratio', body.aspect_ratio ?? '16:9', ASPECTS],
      ['duration', body.duration ?? '5s', DURATIONS],
      ['resolution', body.resolution ?? '540p', RESOLUTIONS],
    ]
    for (const [field, value, allowed] of checks) {
      if (!allowed.includes(String(value))) {
        return fail(
          res,
          400,
          `Invalid ${field} "${String(value)}", expected one of ${allowed.join(', ')}`,
        )
      }
    }
    const frame0 = keyframes?.frame0
    if (frame0?.type === 'image' && !String(frame0.url).startsWith('https://')) {
      return fail(res, 400, 'Failed to read user input frames')
    }
    if (frame0?.type === 'generation') {
      const source = this.jobs.get(String(frame0.id))
      if (!source || phaseOf(source).state !== 'succeeded') {
        return fail(res, 400, 'Keyframe generation must be a completed generation')
      }
    }
    if (frame0 && frame0.type !== 'image' && frame0.type !== 'generation') {
      return fail(res, 400, 'Unknown request type')
    }
    const job = this.jobs.create(body)
    sendJson(res, 201, this.#object(job, phaseOf(job)))
  }

  #object(job: FakeJob, phase: Phase) {
    const state = {
      queued: 'queued',
      running: 'dreaming',
      succeeded: 'completed',
      failed: 'failed',
      canceled: 'failed',
    }[phase.state]
    const assets =
      phase.state === 'succeeded'
        ? {
            video: this.cdn.publish(`${job.id}.mp4`, 'video/mp4', this.video),
            image: this.cdn.publish(`${job.id}.jpg`, 'image/jpeg', this.poster),
          }
        : null
    return {
      id: job.id,
      generation_type: 'video',
      state,
      failure_reason: phase.state === 'failed' ? phase.message : null,
      created_at: '2025-01-01T00:00:00.000Z',
      assets,
      model: job.params.model ?? 'ray-2',
      request: job.params,
    }
  }
}
