/**
 * The job queue on a real server, with providers the test drives (ScriptedProvider): order and
 * concurrency per provider, cancelling, progress, failures, and restarts.
 */
import { defaultShotSpec, takesArray, type ShotSpec, type Take } from '@sceneboard/shared'
import { ProviderError } from '@sceneboard/providers'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { boardWithCard } from '../testing/board-with-card.js'
import { startJob, cancelJob, getJob, waitForJob } from '../testing/job-requests.js'
import { makeMediaFixtures } from '../testing/media-fixtures.js'
import { ScriptedProvider } from '../testing/scripted-provider.js'
import { syncedClient } from '../testing/test-client.js'
import {
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'
import type { JobPatch, JobRecord } from './job-storage.js'
import { MemoryJobStorage } from './memory-job-storage.js'

/** Memory job storage that keeps every progress value written, to see the throttle. */
class CountingJobStorage extends MemoryJobStorage {
  readonly progressWrites: Array<{ id: string; progress: number; at: number }> = []

  override async updateJob(id: string, patch: JobPatch, at?: number): Promise<JobRecord | null> {
    if (patch.progress !== undefined && patch.status === undefined) {
      this.progressWrites.push({ id, progress: patch.progress, at: Date.now() })
    }
    return super.updateJob(id, patch, at)
  }
}

let video: Uint8Array
let server: TestServer
let alpha: ScriptedProvider
let beta: ScriptedProvider
let jobStorage: CountingJobStorage

const spec = (subject: string, overrides: Partial<ShotSpec> = {}) =>
  defaultShotSpec({ subject, durationSeconds: 2, ...overrides })

async function start(options: { hostedConcurrency?: number } = {}) {
  jobStorage = new CountingJobStorage()
  server = await startTestServer({
    config: { hostedConcurrency: options.hostedConcurrency ?? 2 },
    app: { hostedProviders: [alpha, beta], jobStorage, progressIntervalMs: 100 },
  })
}

/** The subject (from the prompt) of a started remote job. */
function subjectOf(provider: ScriptedProvider, remoteId: string): string {
  return /^(\w+)/.exec(provider.planned(remoteId)?.prompt ?? '')?.[1] ?? '?'
}

/** The remote job of the job asked for with `subject`. */
function remoteOf(provider: ScriptedProvider, subject: string): string {
  const remoteId = provider.started.find((id) => subjectOf(provider, id) === subject)
  if (!remoteId) throw new Error(`no started job for ${subject}`)
  return remoteId
}

function pause(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

beforeAll(async () => {
  video = (await makeMediaFixtures(await makeTempDir('sceneboard-fixtures-'))).mp4
})

beforeEach(async () => {
  alpha = new ScriptedProvider('alpha', video)
  beta = new ScriptedProvider('beta', video)
  await start()
})

afterEach(async () => {
  await server.close()
})

afterAll(removeTempDirs)

describe('the job queue', () => {
  it('QUEUE-1 runs each provider first in, first out, at most its concurrency at once; providers do not wait for each other', async () => {
    const subjects = ['Ann', 'Ben', 'Cal', 'Dee', 'Eve']
    const ids: string[] = []
    for (const subject of subjects) {
      ids.push(await startJob(server.url, { spec: spec(subject), provider: 'alpha' }))
    }
    const betaId = await startJob(server.url, { spec: spec('Fay'), provider: 'beta' })
    await alpha.startedCount(2)
    await beta.startedCount(1)
    await pause(100)
    expect(alpha.started.length).toBe(2)
    expect((await getJob(server.url, ids[2]!)).status).toBe('queued')

    // Finishing one job lets exactly the next one in line start.
    for (let finished = 0; finished < subjects.length; finished++) {
      alpha.succeed(alpha.running()[0]!)
      if (alpha.started.length < subjects.length) await alpha.startedCount(alpha.started.length + 1)
    }
    for (const id of ids) await waitForJob(server.url, id)

    // The first two start together (either may reach the provider first); then one by one.
    const order = alpha.started.map((remoteId) => subjectOf(alpha, remoteId))
    expect(new Set(order.slice(0, 2))).toEqual(new Set(subjects.slice(0, 2)))
    expect(order.slice(2)).toEqual(subjects.slice(2))
    expect(alpha.maxRunning).toBe(2)
    const done = await getJob(server.url, ids[0]!)
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 1,
      provider: 'alpha',
      model: 'scripted-1',
      adjustments: [],
      clip: {
        kind: 'video',
        mime: 'video/mp4',
        width: 320,
        height: 240,
        durationMs: 1000,
        fps: 24,
      },
    })
    expect((await getJob(server.url, betaId)).status).toBe('running')
  })

  it('QUEUE-2 lists what was changed to fit the provider in the adjustments', async () => {
    const id = await startJob(server.url, {
      spec: spec('Gus', { durationSeconds: 3 }),
      provider: 'alpha',
    })
    expect((await getJob(server.url, id)).adjustments).toEqual(['duration 3 s -> 4 s'])
  })

  it('QUEUE-3 cancels a queued job before it starts, and a running one at its provider', async () => {
    const first = await startJob(server.url, { spec: spec('Ann'), provider: 'alpha' })
    const second = await startJob(server.url, { spec: spec('Ben'), provider: 'alpha' })
    const third = await startJob(server.url, { spec: spec('Cal'), provider: 'alpha' })
    await alpha.startedCount(2)

    expect((await cancelJob(server.url, third)).status).toBe('canceled')
    const running = await cancelJob(server.url, first)
    expect(running.status).toBe('canceled')
    expect(alpha.canceled).toEqual([remoteOf(alpha, 'Ann')])
    // Canceling again changes nothing; the canceled queued job never starts.
    expect((await cancelJob(server.url, third)).status).toBe('canceled')
    await pause(100)
    expect(alpha.started.length).toBe(2)
    alpha.succeed(remoteOf(alpha, 'Ben'))
    expect((await waitForJob(server.url, second)).status).toBe('succeeded')
    expect((await getJob(server.url, first)).status).toBe('canceled')
  })

  it('QUEUE-4 stores progress as it comes, at most a few writes a second', async () => {
    const id = await startJob(server.url, { spec: spec('Ann'), provider: 'alpha' })
    await alpha.startedCount(1)
    const remoteId = alpha.started[0]!
    const began = Date.now()
    for (let step = 1; step <= 60; step++) {
      alpha.setProgress(remoteId, step / 100)
      await pause(10)
    }
    const elapsed = Date.now() - began
    const midway = await getJob(server.url, id)
    expect(midway.status).toBe('running')
    expect(midway.progress).toBeGreaterThan(0.2)
    expect(midway.progress).toBeLessThanOrEqual(0.6)
    alpha.succeed(remoteId)
    await waitForJob(server.url, id)

    const writes = jobStorage.progressWrites.filter((write) => write.id === id)
    expect(writes.length).toBeGreaterThanOrEqual(2)
    // The throttle allows one write per 100 ms here (500 ms by default).
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1)
    for (let i = 1; i < writes.length; i++) {
      expect(writes[i]!.progress).toBeGreaterThan(writes[i - 1]!.progress)
      expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(90)
    }
  })

  it("QUEUE-5 a failed job keeps the provider's own message", async () => {
    const failing = await startJob(server.url, { spec: spec('Ann'), provider: 'alpha' })
    await alpha.startedCount(1)
    alpha.fail(alpha.started[0]!, 'The prompt was flagged by the safety system.')
    expect(await waitForJob(server.url, failing)).toMatchObject({
      status: 'failed',
      error: 'The prompt was flagged by the safety system.',
    })

    alpha.failNextStart = new ProviderError('Incorrect API key provided.', {
      providerId: 'alpha',
      kind: 'auth',
      status: 401,
    })
    const refused = await startJob(server.url, { spec: spec('Ben'), provider: 'alpha' })
    expect(await waitForJob(server.url, refused)).toMatchObject({
      status: 'failed',
      error: 'Incorrect API key provided.',
    })
  })

  it('QUEUE-6 after a restart, running hosted jobs resume polling their stored handle and queued ones run', async () => {
    const running = await startJob(server.url, { spec: spec('Ann'), provider: 'alpha' })
    const other = await startJob(server.url, { spec: spec('Ben'), provider: 'alpha' })
    const queued = await startJob(server.url, { spec: spec('Cal'), provider: 'alpha' })
    await alpha.startedCount(2)
    await waitForJob(server.url, other, (job) => job.status === 'running')
    server = await server.restart({
      config: { hostedConcurrency: 2 },
      app: { hostedProviders: [alpha, beta], jobStorage, progressIntervalMs: 100 },
    })
    // No second start for the two running jobs: the same remote jobs are polled again.
    await pause(100)
    expect(alpha.started.length).toBe(2)
    const pollsBefore = alpha.polls.length
    await pause(50)
    expect(alpha.polls.length).toBeGreaterThan(pollsBefore)
    for (const remoteId of alpha.running()) alpha.succeed(remoteId)
    expect((await waitForJob(server.url, running)).status).toBe('succeeded')
    expect((await waitForJob(server.url, other)).status).toBe('succeeded')
    await alpha.startedCount(3)
    alpha.succeed(alpha.started[2]!)
    expect((await waitForJob(server.url, queued)).status).toBe('succeeded')
  })

  it('QUEUE-7 after a restart, a job whose provider is no longer enabled ends failed, saying so', async () => {
    const orphan = await startJob(server.url, { spec: spec('Ann'), provider: 'beta' })
    await beta.startedCount(1)
    server = await server.restart({ app: { hostedProviders: [alpha], jobStorage } })
    expect(await waitForJob(server.url, orphan)).toMatchObject({
      status: 'failed',
      error: 'the provider "beta" is not enabled on this server',
    })
  })

  it('QUEUE-8 VAL-10 the take follows its job to failed or canceled; a take a client deleted stays deleted', async () => {
    const { boardId, client } = await boardWithCard(server)
    const onCard = { boardId, sceneId: 'shape:card', provider: 'alpha' }
    const takes = () => new Map(takesArray<Take>(client.doc).map((entry) => [entry.key, entry.val]))
    try {
      const failing = await startJob(server.url, { ...onCard, spec: spec('Ann') })
      const canceled = await startJob(server.url, { ...onCard, spec: spec('Ben') })
      await alpha.startedCount(2)
      alpha.fail(remoteOf(alpha, 'Ann'), 'No credits left on this account.')
      await cancelJob(server.url, canceled)
      await client.until(
        () =>
          takes().get(`take:${failing}`)?.status === 'failed' &&
          takes().get(`take:${canceled}`)?.status === 'canceled',
      )
      expect(takes().get(`take:${failing}`)).toMatchObject({
        error: 'No credits left on this account.',
        finishedAt: expect.any(Number),
        clip: null,
      })

      const deleted = await startJob(server.url, { ...onCard, spec: spec('Cal') })
      await alpha.startedCount(3)
      await client.until(() => takes().get(`take:${deleted}`)?.status === 'running')
      const watcher = await syncedClient(server.syncUrl, boardId)
      try {
        takesArray(client.doc).delete(
          takesArray<Take>(client.doc)
            .toArray()
            .findIndex((entry) => entry.key === `take:${deleted}`),
        )
        // Once the server has the deletion, later progress and the end do not bring it back.
        await watcher.until(() =>
          takesArray<Take>(watcher.doc)
            .toArray()
            .every((entry) => entry.key !== `take:${deleted}`),
        )
        alpha.setProgress(remoteOf(alpha, 'Cal'), 0.5)
        await pause(150)
        alpha.succeed(remoteOf(alpha, 'Cal'))
        expect((await waitForJob(server.url, deleted)).status).toBe('succeeded')
        await pause(50)
        expect(takesArray<Take>(watcher.doc).map((entry) => entry.key)).not.toContain(
          `take:${deleted}`,
        )
        expect(
          (watcher.record('shape:card')?.props as { selectedTakeId: unknown }).selectedTakeId,
        ).toBeNull()
      } finally {
        watcher.destroy()
      }
    } finally {
      client.destroy()
    }
  })
})
