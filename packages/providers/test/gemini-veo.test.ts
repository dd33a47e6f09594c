import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GeminiVeoProvider } from '../src/gemini-veo.js'
import { FakeGeminiVeo } from './fakes/gemini-veo-fake.js'
import { PIXEL_PNG } from './fixtures/media.js'
import { InstantClock } from './instant-clock.js'
import { contractRequest, describeProviderContract, pollUntilDone } from './provider-contract.js'

describeProviderContract({
  name: 'gemini-veo',
  startFake: () => FakeGeminiVeo.start(),
  create: (options) => new GeminiVeoProvider(options),
  createPath: /^\/v1beta\/models\/[^/]+:predictLongRunning$/,
  statusPath: /^\/v1beta\/models\/[^/]+\/operations\/[^/]+$/,
  authMessage: 'API key not valid. Please pass a valid API key.',
  authStatus: 400,
  // An operation is either running or done; the API tells no queue apart.
  statuses: ['running', 'running', 'running', 'succeeded'],
  cancel: null,
})

describe('gemini-veo adapter', () => {
  let fake: FakeGeminiVeo
  let provider: GeminiVeoProvider
  const creates = () => fake.api.requestsTo('POST', /:predictLongRunning$/)
  beforeEach(async () => {
    fake = await FakeGeminiVeo.start()
    provider = new GeminiVeoProvider({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      http: { clock: new InstantClock() },
    })
  })
  afterEach(() => fake.close())

  it('sends the documented predictLongRunning request with the key header', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    expect(handle.remoteId).toMatch(/^models\/veo-3\.0-fast-generate-001\/operations\/op/)
    const [sent] = creates()
    expect(sent?.path).toBe('/v1beta/models/veo-3.0-fast-generate-001:predictLongRunning')
    expect(sent?.headers['x-goog-api-key']).toBe(fake.apiKey)
    expect(sent?.headers.authorization).toBeUndefined()
    expect(sent?.json).toEqual({
      instances: [{ prompt: 'A lighthouse keeper winds the lamp clockwork.' }],
      parameters: { sampleCount: 1, aspectRatio: '16:9', durationSeconds: 4, resolution: '720p' },
    })
  })

  it('fits a spec to the nearest duration and frame each model offers, without a seed', async () => {
    const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 7, aspectRatio: '9:16' })
    const veo3 = provider.plan({ spec, prompt: 'A gull.', seed: 5 })
    expect(veo3).toMatchObject({
      durationSeconds: 8,
      size: { width: 720, height: 1280 },
      seed: null,
    })
    expect(veo3.changes.map((c) => c.message)).toEqual(['duration 7 s -> 8 s'])

    const wide = defaultShotSpec({ subject: 'A gull', durationSeconds: 4, aspectRatio: '4:3' })
    const veo2 = provider.plan({
      spec: wide,
      prompt: 'A gull.',
      seed: 5,
      model: 'veo-2.0-generate-001',
    })
    expect(veo2.changes.map((c) => c.message)).toEqual([
      'duration 4 s -> 5 s',
      'aspect 4:3 -> 16:9 (1280x720)',
    ])
    await provider.start(veo2)
    await provider.start(veo3)
    const [two, three] = creates().map((r) => (r.json as { parameters: unknown }).parameters)
    expect(two).toEqual({ sampleCount: 1, aspectRatio: '16:9', durationSeconds: 5 })
    expect(three).toEqual({
      sampleCount: 1,
      aspectRatio: '9:16',
      durationSeconds: 8,
      resolution: '720p',
    })
  })

  it('sends a reference image as base64 bytes with its type', async () => {
    const image = { bytes: PIXEL_PNG, mime: 'image/png' }
    await provider.start(provider.plan(contractRequest({ referenceImage: image })))
    const instance = (creates()[0]?.json as { instances: Record<string, unknown>[] }).instances[0]
    expect(instance?.image).toEqual({
      bytesBase64Encoded: Buffer.from(PIXEL_PNG).toString('base64'),
      mimeType: 'image/png',
    })
  })

  it('extends its own Veo 3.1 clip natively by 7 s, from the clip the operation made', async () => {
    const model = 'veo-3.1-fast-generate-preview'
    const source = await provider.start(provider.plan(contractRequest({ model })))
    await pollUntilDone(provider, source)
    const from = { providerId: 'gemini-veo', remoteId: source.remoteId }
    const planned = provider.plan(
      contractRequest({ model, mode: 'extend', source: from, prompt: 'The lamp turns.' }),
    )
    expect(planned).toMatchObject({ mode: 'extend', durationSeconds: 7 })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'duration 4 s -> 7 s (a Veo extension adds 7 s)',
    ])
    const extended = await provider.start(planned)
    const sent = creates().at(-1)?.json as { instances: unknown[]; parameters: unknown }
    const sourceId = source.remoteId.split('/').pop()
    expect(sent).toEqual({
      instances: [
        {
          prompt: 'The lamp turns.',
          video: { uri: `${fake.baseUrl}/v1beta/files/${sourceId}:download?alt=media` },
        },
      ],
      parameters: { sampleCount: 1, resolution: '720p' },
    })
    expect((await pollUntilDone(provider, extended)).at(-1)?.status).toBe('succeeded')
  })

  it('continues other takes, and Veo 3 clips, from their last frame', () => {
    const lastFrame = { bytes: PIXEL_PNG, mime: 'image/png' }
    const own = { providerId: 'gemini-veo', remoteId: 'models/x/operations/y', lastFrame }
    const planned = provider.plan(contractRequest({ mode: 'extend', source: own }))
    expect(planned).toMatchObject({ mode: 'generate', image: lastFrame })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'extend -> new clip from the last frame of the take',
    ])
  })

  it('reports clips the safety filters held back in the API words', async () => {
    fake.filterNextJob('The video could not be generated because it violates the usage guidelines.')
    const seen = await pollUntilDone(
      provider,
      await provider.start(provider.plan(contractRequest())),
    )
    expect(seen.at(-1)).toEqual({
      status: 'failed',
      error: 'The video could not be generated because it violates the usage guidelines.',
    })
  })

  it('shows the API message for a refused value', async () => {
    const planned = { ...provider.plan(contractRequest()), durationSeconds: 5 }
    await expect(provider.start(planned)).rejects.toMatchObject({
      kind: 'invalid',
      status: 400,
      code: 'INVALID_ARGUMENT',
      message: 'The value of durationSeconds must be one of 4, 6, 8.',
    })
  })

  it('downloads the sample from the files endpoint with the key', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, handle)
    const clip = await provider.download(handle)
    expect(clip).toEqual({ video: { bytes: fake.video, mime: 'video/mp4' } })
    const [file] = fake.api.requestsTo('GET', /^\/v1beta\/files\//)
    expect(file?.query.get('alt')).toBe('media')
    expect(file?.headers['x-goog-api-key']).toBe(fake.apiKey)
  })
})
