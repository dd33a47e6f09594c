import { defaultShotSpec } from '@sceneboard/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OpenAIVideosProvider } from '../src/openai-videos.js'
import { FakeOpenAIVideos } from './fakes/openai-videos-fake.js'
import { PIXEL_PNG, POSTER_JPG } from './fixtures/media.js'
import { InstantClock } from './instant-clock.js'
import { contractRequest, describeProviderContract, pollUntilDone } from './provider-contract.js'

describeProviderContract({
  name: 'openai-videos',
  startFake: () => FakeOpenAIVideos.start(),
  create: (options) => new OpenAIVideosProvider(options),
  createPath: /^\/v1\/videos$/,
  statusPath: /^\/v1\/videos\/[^/]+$/,
  authMessage:
    'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
  poster: POSTER_JPG,
})

describe('openai-videos adapter', () => {
  let fake: FakeOpenAIVideos
  let provider: OpenAIVideosProvider
  beforeEach(async () => {
    fake = await FakeOpenAIVideos.start()
    provider = new OpenAIVideosProvider({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      http: { clock: new InstantClock() },
    })
  })
  afterEach(() => fake.close())

  it('sends the documented multipart create request', async () => {
    const request = contractRequest({
      model: 'sora-2-pro',
      referenceImage: { bytes: PIXEL_PNG, mime: 'image/png' },
    })
    await provider.start(provider.plan(request))
    const [sent] = fake.api.requestsTo('POST', /^\/v1\/videos$/)
    expect(sent?.headers.authorization).toBe(`Bearer ${fake.apiKey}`)
    expect(sent?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    const form = sent?.form
    expect(form?.get('prompt')).toBe('A lighthouse keeper winds the lamp clockwork.')
    expect(form?.get('model')).toBe('sora-2-pro')
    expect(form?.get('seconds')).toBe('4')
    expect(form?.get('size')).toBe('1280x720')
    const file = form?.get('input_reference') as File
    expect(file.name).toBe('reference.png')
    expect(file.type).toBe('image/png')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PIXEL_PNG)
  })

  it('plans the nearest duration and size and lists what changed', () => {
    const spec = defaultShotSpec({ subject: 'A gull', durationSeconds: 7, aspectRatio: '4:3' })
    const planned = provider.plan({ spec, prompt: 'A gull.', seed: 1 })
    expect(planned).toMatchObject({
      model: 'sora-2',
      durationSeconds: 8,
      size: { width: 1280, height: 720 },
      seed: null,
    })
    expect(planned.changes.map((c) => c.message)).toEqual([
      'duration 7 s -> 8 s',
      'aspect 4:3 -> 16:9 (1280x720)',
    ])
    const pro = provider.plan({ spec, prompt: 'A gull.', seed: 1, model: 'sora-2-pro' })
    expect(pro.size).toEqual({ width: 1792, height: 1024 })
    expect(pro.changes.map((c) => c.message)).toContain('aspect 4:3 -> 1.75:1 (1792x1024)')
  })

  it('shows the API message for a refused value, without retrying', async () => {
    const planned = { ...provider.plan(contractRequest()), durationSeconds: 7 }
    await expect(provider.start(planned)).rejects.toMatchObject({
      kind: 'invalid',
      status: 400,
      code: 'invalid_value',
      retryable: false,
      message: "Invalid value: '7'. Supported values are: '4', '8', '12'.",
    })
    expect(fake.api.requestsTo('POST', /^\/v1\/videos$/)).toHaveLength(1)
  })

  it('remixes and extends its own takes with the documented JSON requests', async () => {
    const source = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, source)
    const from = { providerId: 'openai-videos', remoteId: source.remoteId }
    const remix = provider.plan(
      contractRequest({ mode: 'remix', source: from, prompt: 'Same, at night.' }),
    )
    const remixed = await provider.start(remix)
    const extend = provider.plan(
      contractRequest({ mode: 'extend', source: from, prompt: 'He looks out.' }),
    )
    const extended = await provider.start(extend)

    const [remixSent] = fake.api.requestsTo('POST', /\/remix$/)
    expect(remixSent?.path).toBe(`/v1/videos/${source.remoteId}/remix`)
    expect(remixSent?.json).toEqual({ prompt: 'Same, at night.' })
    const [extendSent] = fake.api.requestsTo('POST', /^\/v1\/videos\/extensions$/)
    expect(extendSent?.json).toEqual({
      prompt: 'He looks out.',
      seconds: '4',
      video: { id: source.remoteId },
    })
    expect(fake.jobs.get(remixed.remoteId)?.params.remixed_from_video_id).toBe(source.remoteId)
    expect(fake.jobs.get(extended.remoteId)?.params.extends).toBe(source.remoteId)
  })

  it('downloads the video and its thumbnail through the content endpoint', async () => {
    const handle = await provider.start(provider.plan(contractRequest()))
    await pollUntilDone(provider, handle)
    const clip = await provider.download(handle)
    expect(clip.poster?.mime).toBe('image/jpeg')
    const variants = fake.api.requestsTo('GET', /\/content$/).map((r) => r.query.get('variant'))
    expect(variants).toEqual(['video', 'thumbnail'])
  })
})
