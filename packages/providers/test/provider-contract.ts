/**
 * The behaviour every video provider owes the job queue, run against each adapter and its fake
 * server: a job end to end, resuming from a persisted handle, and each kind of failure the queue
 * must tell apart (refused key, rate limit, server error, timeout, malformed answer, failed job),
 * and no second remote job from a create whose answer was lost.
 */
import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HttpTuning } from '../src/http-client.js'
import type {
  GenerationRequest,
  PollResult,
  RemoteHandle,
  RemoteStatus,
  VideoProvider,
} from '../src/provider.js'
import { ProviderError } from '../src/provider-error.js'
import type { Fault, FakeHttpServer } from './fakes/fake-http.js'
import type { FakeJobs } from './fakes/fake-jobs.js'
import { InstantClock } from './instant-clock.js'

export interface ContractFake {
  apiKey: string
  baseUrl: string
  api: FakeHttpServer
  jobs: FakeJobs
  video: Uint8Array
  close(): Promise<void>
}

export interface ContractSubject {
  name: string
  startFake(): Promise<ContractFake>
  create(options: { apiKey: string; baseUrl: string; http: HttpTuning }): VideoProvider
  /** The request that starts a job, and the one that reads its status. */
  createPath: RegExp
  statusPath: RegExp
  /** What the fake answers to a wrong key, in the provider's words. */
  authMessage: string
  /** HTTP status of a refused key (default 401). */
  authStatus?: number
  /** Bytes of the poster the fake serves, when the provider makes one. */
  poster?: Uint8Array
  /** What the provider reports over a job's life in the fake (default queued, running x2, succeeded). */
  statuses?: RemoteStatus[]
  /** The request that cancels a job (default DELETE on statusPath); null when the API has none. */
  cancel?: { method: string; path: RegExp } | null
  /**
   * The client chooses the job id, so a create whose answer was lost is looked up and sent again
   * only when it did not arrive; otherwise such a create is never repeated.
   */
  idempotentCreate?: boolean
}

export function contractRequest(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  const spec = defaultShotSpec({
    subject: 'A lighthouse keeper',
    action: 'winds the lamp clockwork',
    durationSeconds: 4,
  })
  return { spec, prompt: 'A lighthouse keeper winds the lamp clockwork.', seed: 7, ...overrides }
}

export async function pollUntilDone(provider: VideoProvider, handle: RemoteHandle) {
  const seen: PollResult[] = []
  for (let i = 0; i < 20; i++) {
    const result = await provider.poll(handle)
    seen.push(result)
    if (['succeeded', 'failed', 'canceled'].includes(result.status)) return seen
  }
  throw new Error('the job never finished')
}

export function describeProviderContract(subject: ContractSubject): void {
  describe(`${subject.name} provider contract`, () => {
    let fake: ContractFake
    let clock: InstantClock
    const provider = (http: HttpTuning = {}, apiKey = fake.apiKey) =>
      subject.create({ apiKey, baseUrl: fake.baseUrl, http: { clock, timeoutMs: 2_000, ...http } })
    const startJob = async (p = provider()) => p.start(p.plan(contractRequest()))
    const rejection = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (thrown: unknown) => thrown,
      )
      expect(error).toBeInstanceOf(ProviderError)
      return error as ProviderError
    }

    beforeEach(async () => {
      fake = await subject.startFake()
      clock = new InstantClock()
    })
    afterEach(() => fake.close())

    it('runs a job end to end: start, polls with rising progress, the real clip downloaded', async () => {
      const p = provider()
      const handle = await startJob(p)
      const seen = await pollUntilDone(p, handle)
      expect(seen.map((r) => r.status)).toEqual(
        subject.statuses ?? ['queued', 'running', 'running', 'succeeded'],
      )
      const progress = seen.map((r) => r.progress).filter((v) => v !== undefined)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
      const clip = await p.download(handle)
      expect(clip.video.mime).toBe('video/mp4')
      expect(Buffer.from(clip.video.bytes).equals(Buffer.from(fake.video))).toBe(true)
      if (subject.poster)
        expect(Buffer.from(clip.poster?.bytes ?? []).equals(Buffer.from(subject.poster))).toBe(true)
    })

    it('resumes after a restart: a new instance polls and downloads the persisted handle', async () => {
      const before = provider()
      const stored = JSON.stringify(await startJob(before))
      await before.poll(JSON.parse(stored) as RemoteHandle)
      const after = provider()
      const handle = JSON.parse(stored) as RemoteHandle
      const seen = await pollUntilDone(after, handle)
      expect(seen.at(-1)?.status).toBe('succeeded')
      expect((await after.download(handle)).video.bytes.byteLength).toBe(fake.video.byteLength)
    })

    it('surfaces a refused key in the provider words, without retrying', async () => {
      const error = await rejection(startJob(provider({}, 'wrong-key')))
      expect(error).toMatchObject({
        kind: 'auth',
        status: subject.authStatus ?? 401,
        retryable: false,
      })
      expect(error.message).toBe(subject.authMessage)
      expect(fake.api.requestsTo('POST', subject.createPath)).toHaveLength(1)
    })

    it('waits as long as Retry-After asks after a 429, then starts the job', async () => {
      fake.api.inject(
        { method: 'POST', path: subject.createPath },
        {
          kind: 'status',
          status: 429,
          headers: { 'retry-after': '7' },
          body: { error: 'rate limited' },
        },
      )
      const handle = await startJob()
      expect(handle.remoteId).not.toBe('')
      expect(clock.sleeps).toEqual([7_000])
      expect(fake.api.requestsTo('POST', subject.createPath)).toHaveLength(2)
    })

    it('retries server errors with growing backoff, then answers', async () => {
      const handle = await startJob()
      fake.api.inject(
        { method: 'GET', path: subject.statusPath },
        { kind: 'status', status: 500 },
        1,
      )
      fake.api.inject(
        { method: 'GET', path: subject.statusPath },
        { kind: 'status', status: 503 },
        1,
      )
      expect((await provider().poll(handle)).status).toBe(subject.statuses?.[0] ?? 'queued')
      expect(clock.sleeps).toHaveLength(2)
      expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] ?? Infinity)
    })

    it('gives up after the last attempt with an error the queue may retry later', async () => {
      const handle = await startJob()
      fake.api.inject(
        { method: 'GET', path: subject.statusPath },
        { kind: 'status', status: 502 },
        9,
      )
      const error = await rejection(provider({ maxAttempts: 3 }).poll(handle))
      expect(error).toMatchObject({ kind: 'server', status: 502, retryable: true })
      expect(fake.api.requestsTo('GET', subject.statusPath)).toHaveLength(3)
    })

    it('times out an attempt that never answers and tries again', async () => {
      const handle = await startJob()
      fake.api.inject({ method: 'GET', path: subject.statusPath }, { kind: 'hang' })
      expect((await provider({ timeoutMs: 400 }).poll(handle)).status).toBe(
        subject.statuses?.[0] ?? 'queued',
      )
      expect(clock.sleeps).toHaveLength(1)
    })

    it('retries a status read that answered malformed JSON', async () => {
      const handle = await startJob()
      fake.api.inject({ method: 'GET', path: subject.statusPath }, { kind: 'malformed-json' })
      expect((await provider().poll(handle)).status).toBe(subject.statuses?.[0] ?? 'queued')
    })

    /** A create whose answer was lost: never a second job, and no job at all unless looked up. */
    const lostCreate = async (fault: Fault, kind: string, p = provider()) => {
      fake.api.inject({ method: 'POST', path: subject.createPath }, fault)
      if (subject.idempotentCreate) {
        const handle = await startJob(p)
        expect(fake.jobs.get(handle.remoteId)).toBeDefined()
        expect(fake.jobs.created).toBe(1)
        return
      }
      const error = await rejection(startJob(p))
      expect(error).toMatchObject({ kind, retryable: false })
      expect(fake.api.requestsTo('POST', subject.createPath)).toHaveLength(1)
    }

    it('does not repeat a start whose answer was malformed (it may have made a job)', async () => {
      await lostCreate({ kind: 'malformed-json' }, 'protocol')
    })

    it('does not repeat a start that timed out (it may have made a job)', async () => {
      await lostCreate({ kind: 'hang' }, 'timeout', provider({ timeoutMs: 400 }))
    })

    it('does not repeat a start answered with a server error (it may have made a job)', async () => {
      await lostCreate({ kind: 'status', status: 500, body: { error: 'internal' } }, 'server')
    })

    it('never makes a second job when the answer to a start is lost after the job was made', async () => {
      fake.api.inject({ method: 'POST', path: subject.createPath }, { kind: 'lose-answer' })
      if (subject.idempotentCreate) {
        const handle = await startJob()
        expect(fake.jobs.get(handle.remoteId)).toBeDefined()
      } else {
        const error = await rejection(startJob())
        expect(error).toMatchObject({ kind: 'network', retryable: false })
        expect(error.message).toMatch(/the job may have been created; not sent again\)$/)
      }
      expect(fake.api.requestsTo('POST', subject.createPath)).toHaveLength(1)
      expect(fake.jobs.created).toBe(1)
    })

    it('repeats a start refused with 503 and Retry-After (the server did not take it)', async () => {
      fake.api.inject(
        { method: 'POST', path: subject.createPath },
        { kind: 'status', status: 503, headers: { 'retry-after': '2' }, body: { error: 'busy' } },
      )
      await startJob()
      expect(clock.sleeps).toEqual([2_000])
      expect(fake.jobs.created).toBe(1)
    })

    it('reports a job the provider failed with the provider message', async () => {
      fake.jobs.failNextJob('The prompt was flagged by moderation.')
      const p = provider()
      const seen = await pollUntilDone(p, await startJob(p))
      expect(seen.at(-1)?.status).toBe('failed')
      expect(seen.at(-1)?.error).toContain('The prompt was flagged by moderation.')
    })

    it('cancels a job at the provider, where the API can', async () => {
      const p = provider()
      const handle = await startJob(p)
      const request =
        subject.cancel === undefined
          ? { method: 'DELETE', path: subject.statusPath }
          : subject.cancel
      if (request === null) {
        expect(p.cancel).toBeUndefined()
        return
      }
      await p.cancel?.(handle)
      expect(fake.api.requestsTo(request.method, request.path)).toHaveLength(1)
      expect(fake.jobs.get(handle.remoteId)).toBeUndefined()
      await p.cancel?.(handle) // a second cancel of a job already gone is fine
    })

    it('keeps the key out of describe() and of the provider object', () => {
      const p = provider()
      expect(JSON.stringify(p.describe())).not.toContain(fake.apiKey)
      expect(JSON.stringify(p)).not.toContain(fake.apiKey)
      expect(p.describe().models.length).toBeGreaterThan(0)
    })
  })
}
