/**
 * The base of every fake provider: a node:http server on 127.0.0.1 port 0 that records each
 * request (method, path, headers, parsed body) and can be told to misbehave on matching requests
 * before the fake's own handler sees them: answer with a status (429 with Retry-After, 500 ...),
 * never answer, or answer with malformed JSON; or after it: handle the request and then drop the
 * connection instead of answering (`lose-answer`, a job made but its id never seen).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown
  /** The body parsed as multipart/form-data, when it is. */
  form?: FormData
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'malformed-json' }
  | { kind: 'lose-answer' }

export interface FaultMatch {
  method?: string
  path?: RegExp
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>

export class FakeHttpServer {
  readonly requests: RecordedRequest[] = []
  readonly #faults: { match: FaultMatch; fault: Fault; times: number }[] = []
  readonly #server
  #url = ''

  private constructor(handler: Handler) {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        void this.#handle(
          req.method ?? 'GET',
          req.url ?? '/',
          req.headers,
          Buffer.concat(chunks),
          res,
          handler,
        )
      })
    })
  }

  static async start(handler: Handler): Promise<FakeHttpServer> {
    const fake = new FakeHttpServer(handler)
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve))
    const { port } = fake.#server.address() as AddressInfo
    fake.#url = `http://127.0.0.1:${port}`
    return fake
  }

  get url(): string {
    return this.#url
  }

  /** The next `times` requests matching `match` get `fault` instead of the fake's answer. */
  inject(match: FaultMatch, fault: Fault, times = 1): void {
    this.#faults.push({ match, fault, times })
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path))
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  async #handle(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
    res: ServerResponse,
    handler: Handler,
  ): Promise<void> {
    const url = new URL(rawUrl, 'http://fake.invalid')
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    }
    const type = headers['content-type'] ?? ''
    if (type.startsWith('application/json')) {
      try {
        request.json = JSON.parse(body.toString('utf8'))
      } catch {
        // Left undefined: the fake answers 400 as the real API would.
      }
    } else if (type.startsWith('multipart/form-data')) {
      request.form = await new Response(body, { headers: { 'content-type': type } }).formData()
    }
    this.requests.push(request)

    const entry = this.#faults.find(
      (f) =>
        f.times > 0 &&
        (f.match.method === undefined || f.match.method === method) &&
        (f.match.path === undefined || f.match.path.test(url.pathname)),
    )
    if (entry) {
      entry.times--
      const { fault } = entry
      if (fault.kind === 'hang') return // the socket stays open until close()
      if (fault.kind === 'lose-answer') {
        res.end = (() => {
          res.socket?.destroy()
          return res
        }) as typeof res.end
        await handler(request, res)
        return
      }
      if (fault.kind === 'malformed-json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "truncated')
        return
      }
      sendJson(res, fault.status, fault.body ?? {}, fault.headers)
      return
    }
    try {
      await handler(request, res)
    } catch (error) {
      sendJson(res, 500, { fakeError: String(error) })
    }
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body))
}

export function sendBytes(res: ServerResponse, mime: string, bytes: Uint8Array): void {
  res
    .writeHead(200, { 'content-type': mime, 'content-length': String(bytes.byteLength) })
    .end(bytes)
}

/** The bearer token of a request, or undefined. */
export function bearer(request: RecordedRequest): string | undefined {
  const value = request.headers.authorization
  return value?.startsWith('Bearer ') ? value.slice('Bearer '.length) : undefined
}
