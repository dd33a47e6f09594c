import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeHttpServer, sendBytes, sendJson } from '../test/fakes/fake-http.js'
import { InstantClock } from '../test/instant-clock.js'
import { HttpClient, type HttpClientOptions } from './http-client.js'
import { ProviderError } from './provider-error.js'

describe('HttpClient', () => {
  let api: FakeHttpServer
  let clock: InstantClock
  const client = (options: Partial<HttpClientOptions> = {}) =>
    new HttpClient({
      providerId: 'test',
      baseUrl: `${api.url}/v1/`,
      headers: { authorization: 'Bearer secret-key' },
      parseError: (body) => ({ message: (body as { message?: string }).message }),
      clock,
      ...options,
    })
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(ProviderError)
    return error as ProviderError
  }

  beforeEach(async () => {
    clock = new InstantClock()
    api = await FakeHttpServer.start((request, res) => {
      if (request.path === '/v1/empty') return void res.writeHead(204).end()
      if (request.path === '/v1/big') return sendBytes(res, 'video/mp4', new Uint8Array(2048))
      sendJson(res, 200, { echo: request.json ?? null, query: Object.fromEntries(request.query) })
    })
  })
  afterEach(() => api.close())

  it('sends JSON with the provider headers and reads JSON back', async () => {
    const answer = await client().json('POST', '/things', { body: { a: 1 }, query: { q: 'x' } })
    expect(answer).toEqual({ echo: { a: 1 }, query: { q: 'x' } })
    const [sent] = api.requests
    expect(sent?.path).toBe('/v1/things')
    expect(sent?.headers['content-type']).toBe('application/json')
    expect(sent?.headers.authorization).toBe('Bearer secret-key')
    expect(await client().json('DELETE', '/empty')).toBeUndefined()
  })

  it('sends the provider headers only to its own origin', async () => {
    const cdn = await FakeHttpServer.start((_request, res) =>
      sendBytes(res, 'image/jpeg', new Uint8Array([1])),
    )
    try {
      const file = await client().bytes('GET', `${cdn.url}/asset.jpg?sig=1`)
      expect(file).toEqual({ bytes: new Uint8Array([1]), mime: 'image/jpeg' })
      expect(cdn.requests[0]?.headers.authorization).toBeUndefined()
    } finally {
      await cdn.close()
    }
  })

  it.each([400, 401, 403, 404, 422])(
    'does not retry a %i and keeps the provider message',
    async (status) => {
      api.inject({}, { kind: 'status', status, body: { message: `refused with ${status}` } })
      const error = await failure(client().json('GET', '/x'))
      expect(error).toMatchObject({ status, retryable: false, message: `refused with ${status}` })
      expect(api.requests).toHaveLength(1)
      expect(clock.sleeps).toEqual([])
    },
  )

  it('falls back to the status and body text when the error body is not the documented JSON', async () => {
    api.inject({}, { kind: 'status', status: 418, body: 'teapot' })
    api.inject({}, { kind: 'status', status: 400, body: { unexpected: true } })
    expect((await failure(client().json('GET', '/x'))).message).toBe('HTTP 418: "teapot"')
    expect((await failure(client().json('GET', '/x'))).message).toBe(
      'HTTP 400: {"unexpected":true}',
    )
  })

  it('waits until the HTTP date Retry-After names', async () => {
    const at = new Date(clock.now() + 4_000).toUTCString()
    api.inject({}, { kind: 'status', status: 429, headers: { 'retry-after': at } })
    await client().json('GET', '/x')
    expect(clock.sleeps).toEqual([4_000])
  })

  it('caps a very long Retry-After at the longest backoff', async () => {
    api.inject({}, { kind: 'status', status: 503, headers: { 'retry-after': '3600' } })
    await client({ backoff: { initialDelayMs: 100, maxDelayMs: 5_000 } }).json('GET', '/x')
    expect(clock.sleeps).toEqual([5_000])
  })

  it('backs off exponentially with jitter between attempts', async () => {
    api.inject({}, { kind: 'status', status: 500 }, 3)
    await client({ backoff: { initialDelayMs: 100, maxDelayMs: 10_000 } }).json('GET', '/x')
    expect(clock.sleeps).toEqual([125, 250, 500]) // jitter 0.5 of the allowed 50%
  })

  it('retries a refused connection, then reports it as a network error', async () => {
    const url = api.url
    await api.close()
    const error = await failure(client({ baseUrl: url, maxAttempts: 3 }).json('GET', '/x'))
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(error.message).toMatch(/^could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/)
    expect(clock.sleeps).toHaveLength(2)
    api = await FakeHttpServer.start(() => undefined)
  })

  it('reports a timeout per attempt', async () => {
    api.inject({}, { kind: 'hang' }, 2)
    const error = await failure(client({ timeoutMs: 250, maxAttempts: 2 }).json('GET', '/x'))
    expect(error).toMatchObject({
      kind: 'timeout',
      retryable: true,
      message: expect.stringMatching(/within 0.25 s$/),
    })
    expect(api.requests).toHaveLength(2)
  })

  it('stops at once when the caller aborts', async () => {
    api.inject({}, { kind: 'hang' })
    const controller = new AbortController()
    const call = client().json('GET', '/x', { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect(await failure(call)).toMatchObject({ kind: 'aborted', retryable: false })
    expect(clock.sleeps).toEqual([])
  })

  it('lets the error body name the kind, for APIs that refuse a key with a 400', async () => {
    api.inject({}, { kind: 'status', status: 400, body: { message: 'API key not valid.' } })
    const error = await failure(
      client({ parseError: (body) => ({ ...(body as { message: string }), kind: 'auth' }) }).json(
        'GET',
        '/x',
      ),
    )
    expect(error).toMatchObject({ kind: 'auth', status: 400, retryable: false })
  })

  describe("a create sent with retry: 'unprocessed'", () => {
    const create = (options: Partial<HttpClientOptions> = {}) =>
      client(options).json('POST', '/jobs', { body: { a: 1 }, retry: 'unprocessed' })

    it('is repeated after answers proving the server did not take it: 429, 503 with Retry-After', async () => {
      api.inject({}, { kind: 'status', status: 429 })
      api.inject({}, { kind: 'status', status: 503, headers: { 'retry-after': '3' } })
      await create()
      expect(api.requests).toHaveLength(3)
      expect(clock.sleeps).toEqual([625, 3_000]) // backoff with jitter, then what the 503 asked
    })

    it('is repeated after a refused connection', async () => {
      const url = api.url
      await api.close()
      const error = await failure(create({ baseUrl: url, maxAttempts: 2 }))
      expect(error).toMatchObject({ kind: 'network', retryable: true })
      expect(clock.sleeps).toHaveLength(1)
      api = await FakeHttpServer.start(() => undefined)
    })

    it.each([
      ['a 500', { kind: 'status', status: 500 }, 'server'],
      ['a 503 without Retry-After', { kind: 'status', status: 503 }, 'server'],
      ['a timeout', { kind: 'hang' }, 'timeout'],
      ['a dropped connection', { kind: 'lose-answer' }, 'network'],
    ] as const)(
      'is not repeated after %s, which it may have acted on',
      async (_name, fault, kind) => {
        api.inject({}, fault)
        const error = await failure(create({ timeoutMs: 400 }))
        expect(error).toMatchObject({ kind, retryable: false })
        expect(error.message).toMatch(/\(the job may have been created; not sent again\)$/)
        expect(api.requests).toHaveLength(1)
        expect(clock.sleeps).toEqual([])
      },
    )
  })

  it('refuses a download larger than the limit', async () => {
    const error = await failure(client({ maxDownloadBytes: 1024 }).bytes('GET', '/big'))
    expect(error).toMatchObject({ kind: 'protocol', message: 'download larger than 1024 bytes' })
  })
})
