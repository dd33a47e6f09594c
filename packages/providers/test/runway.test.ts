import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RunwayProvider } from '../src/runway.js'
import { FakeRunway, RUNWAY_VERSION } from './fakes/runway-fake.js'
import { PIXEL_PNG } from './fixtures/media.js'
import { InstantClock } from './instant-clock.js'
import { contractRequest, describeProviderContract, pollUntilDone } from './provider-contract.js'

describeProviderContract({
  name: 'runway',
  startFake: () => FakeRunway.start(),
  create: (options) => new RunwayProvider(options),
  createPath: /^\/v1\/(text|image)_to_video$/,
  statusPath: /^\/v1\/tasks\/[^/]+$/,
  authMessage: 'Invalid API key',
})

describe('runway adapter', () => {
  let fake: FakeRunway
  let provider: RunwayProvider
  beforeEach(async () => {
    fake = await FakeRunway.start()
    provider = new RunwayProvider({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      http: { clock: new InstantClock() },
    })
  })
  afterEach(() => fake.close())

  it('sends text_to_video with the version header when there is no image', async () => {
    await provider.start(provider.plan(contractRequest({ model: 'veo3.1' })))
    const [sent] = fake.api.requestsTo('POST', /^\/v1\/text_to_video$/)
    expect(sent?.headers.authorization).toBe(`Bearer ${fake.apiKey}`)
    expect(sent?.headers['x-runway-version']).toBe(RUNWAY_VERSION)
    expect(sent?.json).toEqual({
      model: 'veo3.1',
      promptText: 'A lighthouse keeper winds the lamp clockwork.',
      ratio: '1280:720',
      duration: 4,
    })
  })

  it('sends image_to_video with the image as a data URI and the seed where the model takes one', async () => {
    const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 6, aspectRatio: '2.39:1' })
    const planned = provider.plan({
      spec,
      prompt: 'A gull hangs in the wind.',
      seed: 42,
      model: 'gen4_turbo',
      referenceImage: { bytes: PIXEL_PNG, mime: 'image/png' },
    })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'duration 6 s -> 5 s',
      'aspect 2.39:1 -> 2.36:1 (1584x672)',
    ])
    await provider.start(planned)
    const [sent] = fake.api.requestsTo('POST', /^\/v1\/image_to_video$/)
    expect(sent?.json).toEqual({
      model: 'gen4_turbo',
      promptText: 'A gull hangs in the wind.',
      promptImage: `data:image/png;base64,${Buffer.from(PIXEL_PNG).toString('base64')}`,
      ratio: '1584:672',
      duration: 5,
      seed: 42,
    })
  })

  it('refuses gen4_turbo without an image before calling the API', () => {
    expect(() => provider.plan(contractRequest({ model: 'gen4_turbo' }))).toThrow(
      'Runway gen4_turbo needs a reference image',
    )
  })

  it('continues a take from its last frame, as Runway has no native extension', async () => {
    const lastFrame = { bytes: PIXEL_PNG, mime: 'image/png' }
    const source = { providerId: 'runway', remoteId: 'task-1', lastFrame }
    const planned = provider.plan(contractRequest({ mode: 'extend', source }))
    expect(planned).toMatchObject({ mode: 'generate', image: lastFrame })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'extend -> new clip from the last frame of the take',
    ])
  })

  it('shows the API message for a refused value', async () => {
    const planned = { ...provider.plan(contractRequest()), durationSeconds: 5 }
    await expect(provider.start(planned)).rejects.toMatchObject({
      kind: 'invalid',
      status: 400,
      message: 'duration must be one of 4, 6, 8',
    })
  })

  it('fetches the output URL without the key and reports a cancelled task', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, handle)
    await provider.download(handle)
    const [fetched] = fake.cdn.server.requests
    expect(fetched?.path).toBe(`/assets/${handle.remoteId}.mp4`)
    expect(fetched?.headers.authorization).toBeUndefined()

    const running = await provider.start(provider.plan(contractRequest()))
    const job = fake.jobs.get(running.remoteId)
    if (job) job.canceled = true
    expect(await provider.poll(running)).toEqual({ status: 'canceled' })
  })
})
