import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LumaProvider } from '../src/luma.js'
import { FakeLuma } from './fakes/luma-fake.js'
import { PIXEL_PNG, POSTER_JPG } from './fixtures/media.js'
import { InstantClock } from './instant-clock.js'
import { contractRequest, describeProviderContract, pollUntilDone } from './provider-contract.js'

describeProviderContract({
  name: 'luma',
  startFake: () => FakeLuma.start(),
  create: (options) => new LumaProvider(options),
  createPath: /^\/dream-machine\/v1\/generations$/,
  statusPath: /^\/dream-machine\/v1\/generations\/[^/]+$/,
  authMessage: 'Invalid API key',
  poster: POSTER_JPG,
})

describe('luma adapter', () => {
  let fake: FakeLuma
  let provider: LumaProvider
  beforeEach(async () => {
    fake = await FakeLuma.start()
    provider = new LumaProvider({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      http: { clock: new InstantClock() },
    })
  })
  afterEach(() => fake.close())

  it('sends the documented generation request', async () => {
    const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 8, aspectRatio: '2.39:1' })
    const planned = provider.plan({ spec, prompt: 'A gull hangs in the wind.', seed: 3 })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'duration 8 s -> 9 s',
      'aspect 2.39:1 -> 21:9 (1680x720)',
    ])
    await provider.start(planned)
    const [sent] = fake.api.requestsTo('POST', /\/generations$/)
    expect(sent?.headers.authorization).toBe(`Bearer ${fake.apiKey}`)
    expect(sent?.json).toEqual({
      generation_type: 'video',
      prompt: 'A gull hangs in the wind.',
      model: 'ray-2',
      aspect_ratio: '21:9',
      duration: '9s',
      resolution: '720p',
    })
  })

  it('sends a reference image by its public URL, and says so when it has none', async () => {
    const url = 'https://example.com/boards/frame.png'
    const withUrl = provider.plan(
      contractRequest({ referenceImage: { bytes: PIXEL_PNG, mime: 'image/png', url } }),
    )
    await provider.start(withUrl)
    const [sent] = fake.api.requestsTo('POST', /\/generations$/)
    expect((sent?.json as { keyframes?: unknown }).keyframes).toEqual({
      frame0: { type: 'image', url },
    })

    const withoutUrl = provider.plan(
      contractRequest({ referenceImage: { bytes: PIXEL_PNG, mime: 'image/png' } }),
    )
    expect(withoutUrl.image).toBeUndefined()
    expect(withoutUrl.changes.map((c) => c.message)).toEqual([
      'reference image not sent (needs a public URL)',
      'duration 4 s -> 5 s',
    ])
  })

  it('extends its own generation natively with a generation keyframe', async () => {
    const source = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, source)
    const from = { providerId: 'luma', remoteId: source.remoteId }
    const planned = provider.plan(
      contractRequest({ mode: 'extend', source: from, prompt: 'The lamp turns.' }),
    )
    expect(planned).toMatchObject({ mode: 'extend', sourceRemoteId: source.remoteId })
    expect(planned.changes.map((c) => c.message)).toEqual(['duration 4 s -> 5 s'])
    await provider.start(planned)
    const sent = fake.api.requestsTo('POST', /\/generations$/).at(-1)
    expect((sent?.json as { keyframes?: unknown }).keyframes).toEqual({
      frame0: { type: 'generation', id: source.remoteId },
    })
  })

  it('shows the API detail for a refused value', async () => {
    const planned = { ...provider.plan(contractRequest()), prompt: 'ok' }
    await expect(provider.start(planned)).rejects.toMatchObject({
      kind: 'invalid',
      status: 400,
      message: 'Prompt is too short, minimum length is 3 characters',
    })
  })

  it('fetches the assets without the key', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, handle)
    const clip = await provider.download(handle)
    expect(clip.poster?.mime).toBe('image/jpeg')
    expect(fake.cdn.server.requests.map((r) => r.headers.authorization)).toEqual([
      undefined,
      undefined,
    ])
  })
})
