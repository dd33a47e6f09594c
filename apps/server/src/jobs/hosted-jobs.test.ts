/**
 * Hosted jobs end to end against the local fake of the OpenAI Videos API (packages/providers'
 * test fakes), switched on the way a deployment does it: a key and a base URL in the server's
 * environment. Never the real network.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultShotSpec } from '@sceneboard/shared'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeOpenAIVideos } from '../../../../packages/providers/test/fakes/openai-videos-fake.js'
import { loadConfig } from '../config.js'
import { probeVideo } from '../media/ffmpeg-tools.js'
import { cancelJob, getJob, startJob, waitForJob } from '../testing/job-requests.js'
import {
  makeTempDir,
  removeTempDirs,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js'

let fake: FakeOpenAIVideos
let server: TestServer

const spec = defaultShotSpec({
  subject: 'A lighthouse keeper',
  action: 'winds the lamp clockwork',
  durationSeconds: 5,
  aspectRatio: '4:3',
})

function serverOptions(pollIntervalMs: number) {
  // Switched on as a deployment does: a key and a base URL in the environment.
  const { providerEnv } = loadConfig({ OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseUrl })
  return {
    config: { providerEnv },
    app: {
      pollIntervalMs,
      providerHttp: { backoff: { initialDelayMs: 5, maxDelayMs: 20 } },
    },
  }
}

const creates = () => fake.api.requestsTo('POST', /^\/v1\/videos$/)

beforeEach(async () => {
  fake = await FakeOpenAIVideos.start()
  server = await startTestServer(serverOptions(10))
})

afterEach(async () => {
  await server.close()
  await fake.close()
})

afterAll(removeTempDirs)

describe('hosted jobs (OpenAI Videos fake)', () => {
  it('QUEUE-2 QUEUE-9 a hosted job generates through the provider, fitting the spec, and stores the clip measured from the file', async () => {
    // One transient failure on a poll is retried by the providers' HTTP client.
    fake.api.inject(
      { method: 'GET', path: /^\/v1\/videos\/video_/ },
      { kind: 'status', status: 503 },
    )
    const id = await startJob(server.url, { spec, provider: 'openai-videos' })
    const job = await waitForJob(server.url, id)
    expect(job).toMatchObject({
      status: 'succeeded',
      provider: 'openai-videos',
      model: 'sora-2',
      adjustments: ['duration 5 s -> 4 s', 'aspect 4:3 -> 16:9 (1280x720)'],
    })
    const sent = creates()
    expect(sent).toHaveLength(1)
    expect(sent[0]!.form?.get('seconds')).toBe('4')
    expect(sent[0]!.form?.get('size')).toBe('1280x720')

    const fixture = join(await makeTempDir(), 'fixture.mp4')
    await writeFile(fixture, fake.video)
    const facts = (await probeVideo(fixture))!
    expect(job.clip).toMatchObject({
      mime: 'video/mp4',
      kind: 'video',
      width: facts.width,
      height: facts.height,
      durationMs: facts.durationMs,
      bytes: fake.video.length,
    })
    const video = Buffer.from(await (await fetch(`${server.url}${job.clip!.url}`)).arrayBuffer())
    expect(video).toEqual(Buffer.from(fake.video))
    const poster = Buffer.from(
      await (await fetch(`${server.url}${job.clip!.posterUrl}`)).arrayBuffer(),
    )
    expect(poster).toEqual(Buffer.from(fake.poster))
  })

  it('QUEUE-6 a hosted job running at the provider when the server stops resumes polling its stored handle', async () => {
    await server.close()
    server = await startTestServer(serverOptions(400))
    const id = await startJob(server.url, { spec, provider: 'openai-videos' })
    for (;;) {
      const stored = await server.app.jobStorage.getJob(id)
      if (stored?.handle) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const handle = (await server.app.jobStorage.getJob(id))!.handle!
    server = await server.restart(serverOptions(10))
    const job = await waitForJob(server.url, id)
    expect(job.status).toBe('succeeded')
    expect(creates()).toHaveLength(1)
    expect(fake.api.requestsTo('GET', new RegExp(`^/v1/videos/${handle.remoteId}$`)).length).toBe(4)
    expect((await server.app.jobStorage.getJob(id))!.attempts).toBe(1)
  })

  it("QUEUE-5 a hosted job the provider fails keeps the provider's message", async () => {
    fake.jobs.failNextJob('Your request was rejected by the safety system.')
    const id = await startJob(server.url, { spec, provider: 'openai-videos' })
    expect(await waitForJob(server.url, id)).toMatchObject({
      status: 'failed',
      error: 'Your request was rejected by the safety system.',
    })
  })

  it('QUEUE-3 canceling a running job cancels it at the provider', async () => {
    await server.close()
    server = await startTestServer(serverOptions(200))
    const id = await startJob(server.url, { spec, provider: 'openai-videos' })
    await waitForJob(server.url, id, (job) => job.status === 'running')
    while (!(await server.app.jobStorage.getJob(id))?.handle) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const { remoteId } = (await server.app.jobStorage.getJob(id))!.handle!
    expect((await cancelJob(server.url, id)).status).toBe('canceled')
    expect(fake.api.requestsTo('DELETE', new RegExp(`^/v1/videos/${remoteId}$`))).toHaveLength(1)
    expect((await getJob(server.url, id)).status).toBe('canceled')
  })
})
